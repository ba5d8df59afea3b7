using Panelist.Domain.Changes;

namespace Panelist.Domain.Tests.Changes;

/// <summary>The NOTIFY payload carries every field of a notice, leaves out an absent interviewer, and reads a payload written without one.</summary>
public sealed class ChangePayloadTests
{
    [Fact]
    public void A_notice_round_trips_with_and_without_its_interviewer()
    {
        ChangeNotice[] notices =
        [
            new("Interview", Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()),
            new("CandidateFeedback", Guid.NewGuid(), Guid.NewGuid(), null),
        ];

        var payload = Assert.Single(ChangePayload.Encode(notices));

        Assert.Equal(notices, ChangePayload.Decode(payload));
        Assert.Equal(1, payload.Split("\"i\":").Length - 1);
    }

    [Fact]
    public void A_payload_of_a_replica_that_sends_no_interviewer_still_reads()
    {
        var organization = Guid.NewGuid();
        var subject = Guid.NewGuid();

        var notice = Assert.Single(ChangePayload.Decode($$"""[{"k":"Scorecard","o":"{{organization}}","s":"{{subject}}","e":null}]"""));

        Assert.Equal(new ChangeNotice("Scorecard", organization, subject, null), notice);
    }
}
