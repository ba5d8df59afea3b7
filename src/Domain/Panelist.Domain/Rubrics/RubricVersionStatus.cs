namespace Panelist.Domain.Rubrics;

public enum RubricVersionStatus
{
    Draft,
    Published,
}
