namespace Panelist.Api.GraphQL.WebSockets;

/// <summary>The close codes of <c>graphql-transport-ws</c>, and ours for a consumer that cannot keep up.</summary>
public static class CloseCodes
{
    public const int Normal = 1000;

    /// <summary>
    /// The socket's send queue is full: the client reads too slowly. 1013 (Try Again Later) is not one of
    /// the protocol's fatal codes, so a graphql-ws client reconnects with backoff and subscribes again.
    /// </summary>
    public const int SlowConsumer = 1013;

    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitialisationTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;
    public const int InternalServerError = 4500;
}
