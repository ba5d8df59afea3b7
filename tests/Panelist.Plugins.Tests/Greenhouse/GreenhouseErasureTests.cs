using Panelist.Domain.Candidates;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Plugins.Tests.Support;
using Panelist.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Greenhouse;

/// <summary>
/// An erased candidate reaches Greenhouse through the built plugin on the real host: Harvest v1's anonymize endpoint,
/// else (v3, a denied endpoint, the manual setting) a manual step on the erasure's receipt.
/// </summary>
public sealed class GreenhouseErasureTests
{
    private const string AllFields =
        "full_name,current_company,current_title,tags,phone_numbers,emails,social_media_links,websites,addresses,location,custom_candidate_fields,source,"
        + "recruiter,coordinator,attachments,application_questions,referral_questions,notes,rejection_notes,email_addresses,activity_items,innotes,inmails,"
        + "rejection_reason,scorecards_and_interviews,offers,credited_to,headline,all_offer_versions,follow_up_reminders,candidate_photo,"
        + "custom_application_fields,education,employment,candidate_stage_data,prospect_owner,custom_rejection_question_fields,touchpoints,"
        + "prospect_pool_and_stage,prospect_jobs,prospect_offices,prospect_offices_and_departments,third_party_integrations";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_erased_candidate_is_anonymized_in_every_documented_field_with_the_key_and_acting_user_and_the_receipt_completes(DatabaseProvider provider)
    {
        using var greenhouse = new FakeGreenhouse();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await GreenhouseWorld.CreateAsync(database, host, greenhouse);

        var candidate = await Erasures.EraseAsync(host, world.OrganizationId, FakeGreenhouse.Candidate.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await world.DrainAsync();

        var call = Assert.Single(greenhouse.Journal);
        Assert.Equal(("PUT", $"/v1/candidates/{FakeGreenhouse.Candidate}/anonymize", "?fields=" + AllFields, "", "4080", 200),
            (call.Method, call.Path, call.Query, call.Body, call.OnBehalfOf, call.Status));
        Assert.Equal("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(FakeGreenhouse.ApiKey + ":")), call.Authorization);
        Assert.Equal(AllFields.Split(','), greenhouse.Anonymized[FakeGreenhouse.Candidate]);
        var delivery = Assert.Single(await world.Deliveries.DeliveriesAsync());
        Assert.Equal((DeliveryStatus.Delivered, "55501"), (delivery.Status, delivery.ExternalId));
        var receipt = await Erasures.ReceiptAsync(database, world.OrganizationId, candidate, world.InstallationId);
        Assert.Equal((ErasureStatus.Completed, null, "greenhouse"), (receipt.Status, receipt.Detail, receipt.Processor));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_candidate_Greenhouse_no_longer_has_is_already_erased_and_the_receipt_completes(DatabaseProvider provider)
    {
        using var greenhouse = new FakeGreenhouse();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await GreenhouseWorld.CreateAsync(database, host, greenhouse, (settings, _) => settings["anonymizeFields"] = "full_name, emails,attachments");

        var candidate = await Erasures.EraseAsync(host, world.OrganizationId, "999");
        await world.DrainAsync();

        var call = Assert.Single(greenhouse.Journal);
        Assert.Equal(("PUT", "/v1/candidates/999/anonymize", "?fields=full_name,emails,attachments", 404), (call.Method, call.Path, call.Query, call.Status));
        Assert.Equal(DeliveryStatus.Delivered, Assert.Single(await world.Deliveries.DeliveriesAsync()).Status);
        Assert.Equal(ErasureStatus.Completed, (await Erasures.ReceiptAsync(database, world.OrganizationId, candidate, world.InstallationId)).Status);
        Assert.Empty(greenhouse.Anonymized);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_field_name_Greenhouse_refuses_dead_letters_the_erasure_and_the_receipt_fails_with_Greenhouses_words(DatabaseProvider provider)
    {
        // An account whose Greenhouse does not know one of the documented field names.
        using var greenhouse = new FakeGreenhouse { AnonymizableFields = ["full_name", "emails"] };
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await GreenhouseWorld.CreateAsync(database, host, greenhouse, (settings, _) => settings["anonymizeFields"] = "full_name,emails,touchpoints");

        var candidate = await Erasures.EraseAsync(host, world.OrganizationId, FakeGreenhouse.Candidate.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await world.DrainAsync();

        Assert.Equal(422, Assert.Single(greenhouse.Journal).Status);
        var delivery = Assert.Single(await world.Deliveries.DeliveriesAsync());
        Assert.Equal(DeliveryStatus.DeadLettered, delivery.Status);
        Assert.Contains("GREENHOUSE_VALIDATION_FAILED", delivery.LastError, StringComparison.Ordinal);
        var receipt = await Erasures.ReceiptAsync(database, world.OrganizationId, candidate, world.InstallationId);
        Assert.Equal(ErasureStatus.Failed, receipt.Status);
        Assert.Contains("fields: Unknown field(s): touchpoints", receipt.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task On_an_account_without_the_anonymize_endpoint_the_receipt_asks_a_Greenhouse_admin_to_anonymize_the_candidate(DatabaseProvider provider)
    {
        using var greenhouse = new FakeGreenhouse { Enterprise = false };
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await GreenhouseWorld.CreateAsync(database, host, greenhouse);

        var candidate = await Erasures.EraseAsync(host, world.OrganizationId, FakeGreenhouse.Candidate.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await world.DrainAsync();

        Assert.Equal(("PUT", 403), (Assert.Single(greenhouse.Journal).Method, greenhouse.Journal.Single().Status));
        var receipt = await Erasures.ReceiptAsync(database, world.OrganizationId, candidate, world.InstallationId);
        Assert.Equal(ErasureStatus.ManualStepRequired, receipt.Status);
        Assert.Equal(
            "Greenhouse denied PUT v1/candidates/55501/anonymize (403, \"This endpoint is only available to Enterprise customers\"): the endpoint is for Enterprise accounts, "
            + "and the API key needs its permission. A Greenhouse admin must open the profile of Greenhouse candidate 55501 and anonymize or delete the candidate there.",
            receipt.Detail);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task On_Harvest_v3_or_with_the_manual_setting_nothing_is_sent_and_the_receipt_names_the_candidate_to_anonymize(DatabaseProvider provider)
    {
        using var greenhouse = new FakeGreenhouse();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var v3 = await GreenhouseWorld.CreateAsync(database, host, greenhouse, (settings, secrets) => GreenhouseOAuthTests.V3(greenhouse, settings, secrets));
        var manual = await GreenhouseWorld.CreateAsync(database, host, greenhouse, (settings, _) => settings["erasure"] = "manual");

        var onV3 = await Erasures.EraseAsync(host, v3.OrganizationId, "55501");
        var onManual = await Erasures.EraseAsync(host, manual.OrganizationId, "55501");
        await v3.DrainAsync();
        await manual.DrainAsync();

        Assert.Empty(greenhouse.Journal);
        var first = await Erasures.ReceiptAsync(database, v3.OrganizationId, onV3, v3.InstallationId);
        Assert.Equal((ErasureStatus.ManualStepRequired,
            "Harvest v3 documents no endpoint that anonymizes a candidate. A Greenhouse admin must open the profile of Greenhouse candidate 55501 and anonymize or delete the candidate there."),
            (first.Status, first.Detail));
        var second = await Erasures.ReceiptAsync(database, manual.OrganizationId, onManual, manual.InstallationId);
        Assert.Equal((ErasureStatus.ManualStepRequired,
            "The installation's erasure setting is \"manual\". A Greenhouse admin must open the profile of Greenhouse candidate 55501 and anonymize or delete the candidate there."),
            (second.Status, second.Detail));
    }
}
