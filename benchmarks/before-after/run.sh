#!/usr/bin/env bash
# Runs the outcome matcher's benchmarks for the library at an earlier commit and at this checkout in ONE
# BenchmarkDotNet invocation (two jobs, "before" and "after"), so that the two are measured under the same conditions.
# The benchmark sources are this checkout's; they must compile against both versions of the library.
#
#   benchmarks/before-after/run.sh [COMMIT] [BenchmarkDotNet arguments...]
#   benchmarks/before-after/run.sh 60f2840 --filter '*UnitComparisonBenchmarks.Ecvet*' --exporters github
#
# COMMIT defaults to 60f2840 (the last commit before OutcomeIndex was split into parts). Work files go to
# $BEFORE_AFTER_WORK (default /tmp/ecvet-before-after); ECVET_ESCO_CSV as for the other benchmarks.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
commit=${1:-60f2840}
shift || true
work=${BEFORE_AFTER_WORK:-/tmp/ecvet-before-after}
export ECVET_ESCO_CSV="${ECVET_ESCO_CSV:-$repo/../shared/data/esco-v1.1.1-en/skills_en.csv}"
bench="$repo/benchmarks/Ecvet.Core.Benchmarks"

rm -rf "$work" && mkdir -p "$work/before-src" "$work/harness"
git -C "$repo" archive "$commit" | tar -x -C "$work/before-src"
dotnet build "$work/before-src/src/Ecvet.Core" -c Release -o "$work/before" -p:TreatWarningsAsErrors=false

cd "$work/harness"
# The benchmarks find examples/ and the labelled pairs by walking up to Ecvet.Core.sln.
touch Ecvet.Core.sln
ln -s "$repo/examples" examples
ln -s "$repo/tests" tests
cat > Directory.Build.props <<PROPS
<Project>
  <PropertyGroup>
    <EcvetCoreVariant Condition="'\$(EcvetCoreVariant)' == ''">after</EcvetCoreVariant>
    <BaseIntermediateOutputPath>\$(MSBuildThisFileDirectory)obj/\$(EcvetCoreVariant)/</BaseIntermediateOutputPath>
    <DefaultItemExcludes>\$(DefaultItemExcludes);obj/**;bin/**;tests/**;examples/**;BenchmarkDotNet.Artifacts/**</DefaultItemExcludes>
  </PropertyGroup>
</Project>
PROPS
versions="$repo/Directory.Packages.props"
version() { grep -o "Include=\"$1\" Version=\"[^\"]*\"" "$versions" | sed 's/.*Version="//; s/"$//'; }
cat > Ecvet.Core.Benchmarks.csproj <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Ecvet.Benchmarks</RootNamespace>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <NoWarn>\$(NoWarn);CS1591;NU1603;NU1900</NoWarn>
    <OutputPath>bin/\$(EcvetCoreVariant)/</OutputPath>
  </PropertyGroup>
  <ItemGroup Condition="'\$(EcvetCoreVariant)' == 'before'">
    <Reference Include="Ecvet.Core"><HintPath>$work/before/Ecvet.Core.dll</HintPath></Reference>
    <PackageReference Include="NodaTime" Version="$(version NodaTime)" />
    <PackageReference Include="NodaTime.Serialization.SystemTextJson" Version="$(version NodaTime.Serialization.SystemTextJson)" />
  </ItemGroup>
  <ItemGroup Condition="'\$(EcvetCoreVariant)' == 'after'">
    <ProjectReference Include="$repo/src/Ecvet.Core/Ecvet.Core.csproj" />
  </ItemGroup>
  <ItemGroup>
    <PackageReference Include="BenchmarkDotNet" Version="$(version BenchmarkDotNet)" />
    <PackageReference Include="Lucene.Net" Version="$(version Lucene.Net)" />
    <PackageReference Include="Lucene.Net.Analysis.Common" Version="$(version Lucene.Net.Analysis.Common)" />
    <PackageReference Include="F23.StringSimilarity" Version="$(version F23.StringSimilarity)" />
    <PackageReference Include="FuzzySharp" Version="$(version FuzzySharp)" />
    <Compile Include="$bench/Examples.cs;$bench/Matching/BenchmarkSettings.cs;$bench/Matching/EscoPath.cs;$bench/Matching/SilverTask.cs" />
    <Compile Include="$bench/Matching/IndexBuildBenchmarks.cs;$bench/Matching/OutcomeMatchingBenchmarks.cs;$bench/Matching/UnitComparisonBenchmarks.cs" />
    <Compile Include="$bench/Matching/Peers/*.cs" />
  </ItemGroup>
</Project>
PROJ
cat > Program.cs <<'PROGRAM'
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithIterationCount(12).WithWarmupCount(4).WithArguments([new MsBuildArgument("/p:EcvetCoreVariant=before")]).WithId("before"))
    .AddJob(Job.Default.WithIterationCount(12).WithWarmupCount(4).WithArguments([new MsBuildArgument("/p:EcvetCoreVariant=after")]).WithId("after"));
BenchmarkSwitcher.FromAssembly(typeof(Ecvet.Benchmarks.Matching.OutcomeMatchingBenchmarks).Assembly).Run(args, config);
PROGRAM
dotnet build Ecvet.Core.Benchmarks.csproj -c Release -p:EcvetCoreVariant=before
dotnet build Ecvet.Core.Benchmarks.csproj -c Release -p:EcvetCoreVariant=after
dotnet "bin/after/net10.0/Ecvet.Core.Benchmarks.dll" "$@"
