namespace Panelist.Domain.Common;

/// <summary>
/// Who is asking, for which organization, in which request. Scoped per request (or per job); the
/// DbContext's tenant filter reads <see cref="OrganizationId"/>, so nothing is visible before it is set.
/// </summary>
public sealed class RequestContext
{
    public RequestContext()
    {
    }

    public RequestContext(Actor actor, Guid? organizationId, string? requestId = null)
    {
        Actor = actor;
        OrganizationId = organizationId;
        _requestId = requestId;
    }

    /// <summary>Until <see cref="Set"/> runs, nobody: an anonymous actor that no rule lets through.</summary>
    public Actor Actor { get; private set; } = new(ActorType.User, "anonymous", Role.Anonymous);

    public bool IsAuthenticated => Actor.Role != Role.Anonymous;

    /// <summary>The organization whose rows this request may see; null sees no client-owned row at all.</summary>
    public Guid? OrganizationId { get; private set; }

    private string? _requestId;

    /// <summary>The id given, else one made when first asked for (most requests never ask; a new Guid costs a system call).</summary>
    public string RequestId => _requestId ??= Guid.NewGuid().ToString("N");

    /// <summary>Sets the caller; interviewers work across clients and act with no organization selected.</summary>
    public void Set(Actor actor, Guid? organizationId, string? requestId = null)
    {
        Actor = actor;
        OrganizationId = organizationId;
        _requestId = requestId ?? _requestId;
    }

    public Guid RequireOrganization() =>
        OrganizationId ?? throw new DomainRuleException(ErrorCodes.Forbidden, "No organization is selected for this request.");
}
