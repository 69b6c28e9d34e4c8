// Compiled and run against the packed Ecvet.Core by .ci/consumer-check.
using Ecvet;

var level = EqfLevel.Parse("4");
if (level != EqfLevel.Level4 || level.ElmUri.ToString() != "http://data.europa.eu/snb/eqf/4")
{
    Console.Error.WriteLine("consumer check: unexpected EQF level behaviour");
    return 1;
}

Console.WriteLine($"consumer check ok: EQF level {level}");
return 0;
