using GraphQL.Types;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Domain.Interviews;

namespace Panelist.Api.Interviews;

/// <summary>
/// The candidate: personal data. Recruiters, client admins, auditors and platform admins see all of it;
/// the interviewer sees the name and ATS candidate id only; analysts none. Every read is audited.
/// </summary>
public sealed class CandidateType : ObjectGraphType<Candidate>
{
    public CandidateType()
    {
        Name = "Candidate";
        Description = "Personal data of the person interviewed; every read is recorded in the audit trail.";
        Field(c => c.Name, nullable: true).AllowRoles(Roles.StaffAndInterviewers.Append(Domain.Common.Role.Auditor).ToArray());
        Field(c => c.Email, nullable: true).AllowRoles(Roles.PersonalData);
        Field(c => c.AtsCandidateId, nullable: true).AllowRoles(Roles.StaffAndInterviewers.Append(Domain.Common.Role.Auditor).ToArray());
        Field(c => c.AtsApplicationId, nullable: true).AllowRoles(Roles.PersonalData);
    }
}
