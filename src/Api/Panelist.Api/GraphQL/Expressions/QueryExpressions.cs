using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Panelist.Api.GraphQL.Expressions;

/// <summary>Building blocks for the predicates that filtering and keyset paging hand to EF.</summary>
internal static class QueryExpressions
{
    /// <summary>A captured value: EF turns member access on a closure object into a SQL parameter (a constant would be inlined).</summary>
    public static Expression Capture<TValue>(TValue value) =>
        Expression.Property(Expression.Constant(new Box<TValue>(value)), nameof(Box<TValue>.Value));

    /// <summary>
    /// A value written into the SQL as a literal, for values from a small fixed set (an enum, a bool, a page size, a
    /// skill level). PostgreSQL plans a prepared statement for its parameters in general after five runs, and keeps that
    /// generic plan only when it costs no more than the plans made for the actual values. With
    /// <c>Status = $1 … Level &gt;= $2 … LIMIT $4</c> it cannot tell how selective the statement is: the interviewer
    /// search's generic plan cost 2,119 against 525 for its actual values, so PostgreSQL planned it again on every run
    /// (0.49 ms each). With those three as literals both cost 525 and the plan is kept. EF keeps one compiled query per
    /// literal value, which is why this is only for values with few possibilities.
    /// </summary>
    public static ConstantExpression Literal<TValue>(TValue value) => Expression.Constant(value, typeof(TValue));

    /// <summary>
    /// <paramref name="lambda"/> with the captured local named <paramref name="local"/> written in as a <see cref="Literal{TValue}"/>,
    /// for a predicate written as a C# lambda (where the compiler turns every local it uses into a parameter).
    /// </summary>
    public static Expression<TDelegate> WithLiteral<TDelegate>(Expression<TDelegate> lambda, string local)
    {
        var inliner = new LocalInliner(local);
        var result = (Expression<TDelegate>)inliner.Visit(lambda);
        return inliner.Found ? result : throw new ArgumentException($"The lambda captures no local named {local}.", nameof(local));
    }

    /// <summary>
    /// <c>query.Take(count)</c> with the count a literal <c>LIMIT</c> (callers bound it, e.g. to the largest page size).
    /// EF turns every constant of a top-level <c>Take</c> into a parameter; only <see cref="EF.Constant{T}"/> keeps it,
    /// at the price of EF writing the statement's SQL on each execution (about 22 KB for the interviewer search), far
    /// less than PostgreSQL planning it each time.
    /// </summary>
    public static IQueryable<T> TakeLiteral<T>(IQueryable<T> query, int count) =>
        query.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], query.Expression,
            Expression.Call(typeof(EF), nameof(EF.Constant), [typeof(int)], Literal(count))));

    /// <summary><see cref="Capture{TValue}(TValue)"/> for a type known only at run time.</summary>
    public static Expression Capture(object? value, Type type) =>
        Expression.Property(Expression.Constant(Activator.CreateInstance(typeof(Box<>).MakeGenericType(type), value)!), "Value");

    /// <summary>The body of <paramref name="lambda"/> with its parameter replaced by <paramref name="row"/>.</summary>
    public static Expression Rebind(LambdaExpression lambda, ParameterExpression row) =>
        new Rebinder(lambda.Parameters[0], row).Visit(lambda.Body);

    private sealed class Box<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }

    private sealed class LocalInliner(string local) : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node is { Expression: ConstantExpression { Value: { } closure }, Member: System.Reflection.FieldInfo field } && field.Name == local)
            {
                Found = true;
                return Expression.Constant(field.GetValue(closure), field.FieldType);
            }

            return base.VisitMember(node);
        }
    }

    private sealed class Rebinder(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
