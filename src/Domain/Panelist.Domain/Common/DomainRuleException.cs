namespace Panelist.Domain.Common;

/// <summary>
/// Raised by entities and services when a rule refuses an operation. It never leaves the domain:
/// <see cref="UnitOfWork"/> turns it into a failed <see cref="Result{T}"/> and rolls the work back.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(DomainError error) : base(error.Message) => Error = error;

    public DomainRuleException(string code, string message, string? field = null)
        : this(new DomainError(code, message, field))
    {
    }

    public DomainRuleException()
        : this(ErrorCodes.ValidationFailed, "The operation was refused.")
    {
    }

    public DomainRuleException(string message) : this(ErrorCodes.ValidationFailed, message)
    {
    }

    public DomainRuleException(string message, Exception innerException) : base(message, innerException)
        => Error = new DomainError(ErrorCodes.ValidationFailed, message);

    public DomainError Error { get; }
}
