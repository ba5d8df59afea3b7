using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Panelist.Domain.Candidates;

namespace Panelist.Api.Candidates;

/// <summary>Reads what <see cref="MasterKeyXmlEncryptor"/> wrote; Data Protection creates it with the service provider.</summary>
public sealed class MasterKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var keys = services.GetRequiredService<PersonalDataKeyRing>();
        var ciphertext = encryptedElement.Element("value")?.Value ?? throw new InvalidOperationException("The encrypted Data Protection key has no value.");
        var plaintext = PersonalDataCipher.Decrypt(keys.Derive(MasterKeyXmlEncryptor.Purpose), MasterKeyXmlEncryptor.Subject, MasterKeyXmlEncryptor.Purpose, ciphertext)
            ?? throw new InvalidOperationException("A Data Protection key was encrypted under another master key: check Privacy:MasterKey.");
        return XElement.Parse(plaintext);
    }
}
