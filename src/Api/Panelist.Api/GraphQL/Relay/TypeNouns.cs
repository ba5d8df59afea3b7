using System.Text;

namespace Panelist.Api.GraphQL.Relay;

/// <summary>
/// Type names as plain nouns for messages: <c>RubricVersion</c> → "a rubric version",
/// <c>Interview</c> → "an interview", never "a Interview".
/// </summary>
public static class TypeNouns
{
    public static string Of(string typeName)
    {
        var text = new StringBuilder(typeName.Length + 4);
        for (var i = 0; i < typeName.Length; i++)
        {
            if (i > 0 && char.IsUpper(typeName[i]))
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(typeName[i]));
        }

        return text.ToString();
    }

    public static string WithArticle(string typeName)
    {
        var noun = Of(typeName);
        return ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;
    }
}
