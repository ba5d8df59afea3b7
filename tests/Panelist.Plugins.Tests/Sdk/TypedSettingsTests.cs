using Panelist.Plugins.Sdk;

namespace Panelist.Plugins.Tests.Sdk;

/// <summary>SDK 1.1 typed settings: kinds checked by ValidateAgainstSchema, defaults filled in, 1.0's IsSecret kept.</summary>
public sealed class TypedSettingsTests
{
    private static readonly ConnectorDescriptor Descriptor = new()
    {
        Id = "typed",
        Name = "Typed",
        Version = "1.0.0",
        SupportedEvents = [],
        SettingsSchema =
        [
            new SettingField { Name = "baseUrl", Label = "Base URL", Kind = SettingKind.Url, Required = true },
            new SettingField { Name = "apiKey", Label = "API key", Kind = SettingKind.Secret, Required = true },
            new SettingField
            {
                Name = "region", Label = "Region", Kind = SettingKind.Choice, Required = true, Default = "eu",
                Choices = [new SettingChoice("eu", "Europe"), new SettingChoice("us", "United States")],
            },
            new SettingField { Name = "template", Label = "Feedback template", Kind = SettingKind.Choice },
            new SettingField { Name = "fieldMap", Label = "Field map", Kind = SettingKind.Json, Default = "{}" },
            new SettingField { Name = "note", Label = "Note" },
        ],
    };

    [Fact]
    public void Valid_typed_settings_pass_and_a_required_field_with_a_default_may_be_left_out()
    {
        var result = Descriptor.ValidateAgainstSchema(Settings(("baseUrl", "https://ats.example.com/api"), ("apiKey", "k"), ("fieldMap", """{"a":1}""")));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData("ats.example.com")]
    [InlineData("/api")]
    [InlineData("ftp://ats.example.com")]
    [InlineData("file:///etc/passwd")]
    public void A_url_must_be_absolute_http_or_https(string url)
    {
        var result = Descriptor.ValidateAgainstSchema(Settings(("baseUrl", url), ("apiKey", "k")));

        Assert.Equal([new SettingError("baseUrl", "Base URL must be an absolute http or https URL.")], result.Errors);
    }

    [Fact]
    public void A_choice_must_be_one_of_its_choices_unless_it_declares_none()
    {
        var wrong = Descriptor.ValidateAgainstSchema(Settings(("baseUrl", "http://a.example"), ("apiKey", "k"), ("region", "apac")));
        var vendorValue = Descriptor.ValidateAgainstSchema(Settings(("baseUrl", "http://a.example"), ("apiKey", "k"), ("template", "tmpl-123")));

        Assert.Equal([new SettingError("region", "Region must be one of: eu, us.")], wrong.Errors);
        Assert.True(vendorValue.IsValid);
    }

    [Theory]
    [InlineData("{\"a\":")]
    [InlineData("not json")]
    public void Json_must_parse_and_its_shape_is_left_to_the_connector(string json)
    {
        var broken = Descriptor.ValidateAgainstSchema(Settings(("baseUrl", "http://a.example"), ("apiKey", "k"), ("fieldMap", json)));
        var anyShape = Descriptor.ValidateAgainstSchema(Settings(("baseUrl", "http://a.example"), ("apiKey", "k"), ("fieldMap", "[1, \"two\"]")));

        Assert.Equal([new SettingError("fieldMap", "Field map must be a JSON document.")], broken.Errors);
        Assert.True(anyShape.IsValid);
    }

    [Fact]
    public void Required_fields_unknown_fields_and_kinds_are_all_reported()
    {
        var result = Descriptor.ValidateAgainstSchema(Settings(("baseUrl", "nope"), ("extra", "x")));

        Assert.Equal(
            [
                new SettingError("baseUrl", "Base URL must be an absolute http or https URL."),
                new SettingError("apiKey", "API key is required."),
                new SettingError("extra", "'extra' is not a setting of Typed."),
            ],
            result.Errors);
    }

    [Fact]
    public void Defaults_fill_missing_and_blank_values_and_leave_given_ones()
    {
        var completed = Descriptor.WithDefaults(Settings(("region", "us"), ("fieldMap", " "), ("note", "hi")));

        Assert.Equal(Settings(("region", "us"), ("fieldMap", "{}"), ("note", "hi")), completed);
    }

    [Fact]
    public void IsSecret_from_SDK_1_0_means_the_Secret_kind_and_the_Secret_kind_is_secret()
    {
        var old = new SettingField { Name = "token", Label = "Token", IsSecret = true };
        var typed = new SettingField { Name = "token", Label = "Token", Kind = SettingKind.Secret };
        var secretUrl = new SettingField { Name = "hook", Label = "Hook", Kind = SettingKind.Url, IsSecret = true };

        Assert.Equal((SettingKind.Secret, true), (old.Kind, old.IsSecret));
        Assert.Equal((SettingKind.Secret, true), (typed.Kind, typed.IsSecret));
        Assert.Equal((SettingKind.Url, true), (secretUrl.Kind, secretUrl.IsSecret));
        Assert.Equal((SettingKind.Text, false), (new SettingField { Name = "n", Label = "N" }.Kind, new SettingField { Name = "n", Label = "N" }.IsSecret));
    }

    private static Dictionary<string, string> Settings(params (string Name, string Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);
}
