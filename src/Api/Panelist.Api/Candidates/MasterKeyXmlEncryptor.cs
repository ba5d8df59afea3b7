using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Panelist.Domain.Candidates;

namespace Panelist.Api.Candidates;

/// <summary>
/// Encrypts Data Protection's key ring (which protects connector secrets) under a sub-key of the personal-data
/// master key before it is written to the database, so the database alone never holds a usable key.
/// </summary>
public sealed class MasterKeyXmlEncryptor(PersonalDataKeyRing keys) : IXmlEncryptor
{
    internal const string Purpose = "data-protection-keys";
    internal static readonly Guid Subject = new("7a1f0000-0000-7000-8000-00000000d9a1");

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var ciphertext = PersonalDataCipher.Encrypt(keys.Derive(Purpose), Subject, Purpose, plaintextElement.ToString(SaveOptions.DisableFormatting));
        return new EncryptedXmlInfo(new XElement("encryptedKey", new XComment(" Encrypted with Panelist's master key. "), new XElement("value", ciphertext)),
            typeof(MasterKeyXmlDecryptor));
    }
}
