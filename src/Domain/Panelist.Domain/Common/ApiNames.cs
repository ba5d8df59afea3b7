using System.Text;

namespace Panelist.Domain.Common;

/// <summary>
/// Enum values as clients read them in the API (<c>NoShowCandidate</c> → <c>NO_SHOW_CANDIDATE</c>,
/// as GraphQL spells enum values), so that a message names the value a client can send back.
/// </summary>
public static class ApiNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(name[i]));
        }

        return text.ToString();
    }
}
