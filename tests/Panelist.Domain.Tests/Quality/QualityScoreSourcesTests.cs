using Panelist.Domain.Changes;
using Panelist.Domain.Quality.Scores;

namespace Panelist.Domain.Tests.Quality;

/// <summary>Issue 15 item 7: which change notices make a live quality score recompute, and which never can move it.</summary>
public sealed class QualityScoreSourcesTests
{
    private static readonly Guid Me = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Peer = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid Primary = Guid.Parse("00000000-0000-0000-0000-00000000000c");
    private static readonly Guid Stranger = Guid.Parse("00000000-0000-0000-0000-00000000000d");
    private static readonly Guid Acme = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid Globex = Guid.Parse("00000000-0000-0000-0000-0000000000a2");

    private static readonly QualityScoreSources Sources = new(Me, new HashSet<Guid> { Acme }, new HashSet<Guid> { Peer, Primary }, new HashSet<Guid> { Primary });

    private static ChangeNotice Notice(string kind, Guid? interviewer, Guid? organization = null) =>
        new(kind, organization ?? Acme, Guid.NewGuid(), null, interviewer);

    [Theory]
    [InlineData("Interview")]
    [InlineData("Scorecard")]
    [InlineData("InterviewAudit")]
    [InlineData("CalibrationScore")]
    [InlineData("Assignment")]
    public void The_interviewers_own_rows_touch_the_score_in_any_organization(string kind)
    {
        Assert.True(Sources.Touches(Notice(kind, Me, Globex)));
        Assert.False(Sources.Touches(Notice(kind, Stranger)));
        Assert.False(Sources.Touches(Notice(kind, null)));
    }

    [Fact]
    public void A_peers_calibration_rating_and_a_shadowed_interviewers_scorecard_touch_it_and_a_peers_other_rows_do_not()
    {
        Assert.True(Sources.Touches(Notice("CalibrationScore", Peer)));
        Assert.True(Sources.Touches(Notice("Scorecard", Primary)));
        Assert.False(Sources.Touches(Notice("Scorecard", Peer)));
        Assert.False(Sources.Touches(Notice("Interview", Peer)));
        Assert.False(Sources.Touches(Notice("InterviewAudit", Primary)));
    }

    [Fact]
    public void Candidate_feedback_touches_it_in_an_organization_the_interviewer_worked_in_only_and_any_calibration_session_does()
    {
        Assert.True(Sources.Touches(Notice("CandidateFeedback", null, Acme)));
        Assert.False(Sources.Touches(Notice("CandidateFeedback", null, Globex)));
        Assert.True(Sources.Touches(Notice("CalibrationSession", null, Globex)));
    }

    [Theory]
    [InlineData("AuditEntry")]
    [InlineData("Delivery")]
    [InlineData("Notification")]
    [InlineData("CandidateDemographics")]
    [InlineData("RecalibrationTask")]
    public void Rows_that_are_no_input_never_touch_it(string kind) =>
        Assert.False(Sources.Touches(Notice(kind, Me)));

    [Fact]
    public void Before_the_sources_are_found_the_interviewers_own_rows_still_touch_it()
    {
        var none = QualityScoreSources.Of(Me);

        Assert.True(none.Touches(Notice("Interview", Me)));
        Assert.False(none.Touches(Notice("CandidateFeedback", null)));
    }
}
