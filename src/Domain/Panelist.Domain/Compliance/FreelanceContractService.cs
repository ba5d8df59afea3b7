using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Compliance;

/// <summary>Written freelance contracts, in versions; the current one's dates are the interviewer's contract summary.</summary>
public sealed class FreelanceContractService(DomainScope scope) : DomainService(scope)
{
    public Task<Result<FreelanceContract>> RecordAsync(Guid interviewerId, ContractTerms terms, CancellationToken ct = default) => Run(async () =>
    {
        RequirePlatformAdmin();
        await Db.LockForUpdateAsync<Interviewer>(interviewerId, ct);
        var interviewer = Found(await Db.Interviewers.FirstOrDefaultAsync(i => i.Id == interviewerId, ct), "interviewer", "interviewerId");
        var now = Now;
        var previous = await Db.FreelanceContracts.Where(c => c.InterviewerId == interviewerId).OrderByDescending(c => c.Version).ToListAsync(ct);
        var contract = FreelanceContract.Create(interviewerId, (previous.FirstOrDefault()?.Version ?? 0) + 1, terms, now);
        for (var i = 0; i < contract.Services.Count; i++)
        {
            var service = contract.Services[i];
            await MinimumRates.EnsureAtLeastAsync(Db, interviewer, service.Unit, new Money(service.Rate, contract.Currency), contract.SignedAt, $"services.{i}.rate", ct);
        }

        foreach (var old in previous)
        {
            old.Supersede(now);
        }

        interviewer.RecordContract(contract.SignedAt, contract.ExpiresAt, contract.NdaSignedAt);
        Db.FreelanceContracts.Add(contract);
        await Audit.RecordPlatformAsync("interviewer.freelance_contract_recorded", nameof(Interviewer), interviewer.Id, new
        {
            contractId = GlobalIds.Of<FreelanceContract>(contract.Id),
            contract.Version,
            contract.SignedAt,
            contract.ExpiresAt,
            contract.Currency,
            services = contract.Services.Count,
            contract.PaymentDueDays,
            contract.PaymentDateDefaulted,
        }, ct);
        return contract;
    }, ct);
}
