using System.Linq.Expressions;

namespace Panelist.Api.GraphQL.Expressions;

/// <summary>Building blocks for the predicates that filtering and keyset paging hand to EF.</summary>
internal static class QueryExpressions
{
    /// <summary>A captured value: EF turns member access on a closure object into a SQL parameter (a constant would be inlined).</summary>
    public static Expression Capture<TValue>(TValue value) =>
        Expression.Property(Expression.Constant(new Box<TValue>(value)), nameof(Box<TValue>.Value));

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

    private sealed class Rebinder(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
