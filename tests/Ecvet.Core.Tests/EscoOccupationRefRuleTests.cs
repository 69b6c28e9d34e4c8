namespace Ecvet.Tests;

public sealed class EscoOccupationRefRuleTests
{
    [Fact]
    public void From_NotAVersionOneToFiveUuid_QuotesIt()
    {
        var act = () => EscoOccupationRef.From(Guid.Empty);
        act.Should().Throw<ArgumentException>()
            .WithMessage("'00000000-0000-0000-0000-000000000000' is not an RFC 4122 UUID of version 1 to 5.*")
            .And.ParamName.Should().Be("id");
    }
}
