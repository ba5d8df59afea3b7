using GraphQL.Types;
using Panelist.Domain.Audits;

namespace Panelist.Api.Audits;

public sealed class AuditSigningKeyType : ObjectGraphType<AuditSigningKey>
{
    public AuditSigningKeyType()
    {
        Name = "AuditSigningKey";
        Description = "A public key that audit checkpoints are verified with. Pin it out of band: a key served beside the data proves little alone.";
        Field(k => k.KeyId);
        Field(k => k.Algorithm).Description("ED25519.");
        Field(k => k.PublicKey).Description("The 32-byte raw public key, base64.");
        Field(k => k.IsCurrent).Description("True for the key that signs new checkpoints; retired keys only verify old ones.");
    }
}
