using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

public sealed class MinimumRateRuleType : ObjectGraphType<MinimumRateRule>
{
    public MinimumRateRuleType()
    {
        Name = "MinimumRateRule";
        Description = "A floor under interviewer rates in one jurisdiction and currency, with its source.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(r => r.Jurisdiction).Description("ISO 3166 country or subdivision; a country's rule binds its subdivisions too.");
        Field(r => r.Currency).Description("ISO 4217; rates in other currencies are not compared (no conversion).");
        Field(r => r.Amount);
        Field(r => r.Unit, type: typeof(NonNullGraphType<RateUnitType>));
        Field(r => r.EffectiveFrom, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(r => r.EffectiveTo, type: typeof(DateTimeGraphType)).Description("Exclusive; null while in force.");
        Field(r => r.Source).Description("The law or policy the floor comes from.");
    }
}
