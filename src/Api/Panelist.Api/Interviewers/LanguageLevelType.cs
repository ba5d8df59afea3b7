using GraphQL.Types;
using Panelist.Domain.Interviewers;

namespace Panelist.Api.Interviewers;

public sealed class LanguageLevelType : EnumerationGraphType<LanguageLevel>;
