using Npgsql;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Tests.Persistence;

public sealed class PostgresConnectionSettingsTests
{
    [Fact]
    public void A_string_that_does_not_choose_gets_no_reset_and_automatic_preparation()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnectionSettings.Apply("Host=db;Username=app;Database=panelist"));

        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(PostgresConnectionSettings.AutoPreparedStatements, tuned.MaxAutoPrepare);
        Assert.Equal("db", tuned.Host);
        Assert.Equal("panelist", tuned.Database);
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false;Max Auto Prepare=0")]
    [InlineData("Host=db;NoResetOnClose=false;MaxAutoPrepare=0")]
    [InlineData("Host=db;no reset on close=False;max auto prepare=0")]
    public void What_the_configured_string_chooses_stands_in_any_spelling(string configured)
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnectionSettings.Apply(configured));

        Assert.False(tuned.NoResetOnClose);
        Assert.Equal(0, tuned.MaxAutoPrepare);
    }

    [Fact]
    public void A_string_Npgsql_cannot_read_is_left_for_Npgsql_to_refuse() =>
        Assert.Equal("Data Source=x;Host=x", PostgresConnectionSettings.Apply("Data Source=x;Host=x"));
}
