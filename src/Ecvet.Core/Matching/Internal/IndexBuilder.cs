namespace Ecvet.Matching.Internal;

/// <summary>
/// Builds the <see cref="IndexData"/> of a catalogue: analyses every surface (text, synonyms, description) into terms,
/// weights them (see <see cref="TermWeights"/>), drops surfaces that repeat another of their entry, and lays out the
/// forward and inverted indexes.
/// </summary>
internal static class IndexBuilder
{
    private static readonly Lazy<TermTable> DefaultStopWords = new(() => TextAnalyzer.CreateStopWordTable(OutcomeIndexOptions.EnglishStopWords));

    /// <summary>Builds the data of an index over checked entries and options.</summary>
    /// <param name="entries">The catalogue (at least one entry, distinct ids).</param>
    /// <param name="options">Validated options.</param>
    /// <param name="keepRepeatedSurfaces">Whether to keep surfaces equal to an earlier one of their entry (tests prove
    /// that dropping them changes nothing).</param>
    public static IndexData Build(CatalogueEntry[] entries, OutcomeIndexOptions options, bool keepRepeatedSurfaces)
    {
        var stopWords = options.StopWords is null ? DefaultStopWords.Value : TextAnalyzer.CreateStopWordTable(options.StopWords);
        var analyzer = new TextAnalyzer(options.Stemmer, stopWords);
        var n = entries.Length;
        var languages = new CatalogueLanguages(entries, options.AnalyserLanguage);

        // Analyse every surface into (term, tf) runs.
        var terms = new TermTable(Math.Max(64, n * 2));
        var words = new List<string>();
        var surfaceEntry = new List<int>(n);
        var surfaceField = new List<byte>(n);
        var surfaceSource = new List<int>(n);
        var entrySurfaceStart = new int[n + 1];
        var surfaceTermStart = new List<int>(n + 1) { 0 };
        var surfaceTermList = new List<int>(n * 6);
        var surfaceTfs = new List<int>(n * 6);
        var wordCache = new TermTable(Math.Max(64, n * 2));
        var wordTermList = new List<int>();
        var collector = new BuildSink { Terms = terms, Words = words, Buffer = new List<int>(64), WordCache = wordCache, WordTerms = wordTermList };
        for (var e = 0; e < n; e++)
        {
            entrySurfaceStart[e] = surfaceEntry.Count;
            var entry = entries[e];
            var stem = languages.IsIn(e, languages.Analyser);
            AddSurface(entry.Text, IndexData.FieldText, 0);
            for (var i = 0; i < entry.Synonyms.Length; i++)
            {
                AddSurface(entry.Synonyms[i], IndexData.FieldSynonym, 1 + i);
            }

            if (entry.Description is { } description)
            {
                AddSurface(description, IndexData.FieldDescription, 1 + entry.Synonyms.Length);
            }

            void AddSurface(string text, byte field, int source)
            {
                collector.Buffer.Clear();
                collector.Stemmed = stem;
                analyzer.Analyze(text, stem, ref collector);
                if (collector.Buffer.Count == 0)
                {
                    return;
                }

                collector.Buffer.Sort();
                var found = collector.Buffer;
                for (var i = 0; i < found.Count;)
                {
                    var j = i + 1;
                    while (j < found.Count && found[j] == found[i])
                    {
                        j++;
                    }

                    surfaceTermList.Add(found[i]);
                    surfaceTfs.Add(j - i);
                    i = j;
                }

                surfaceEntry.Add(e);
                surfaceField.Add(field);
                surfaceSource.Add(source);
                surfaceTermStart.Add(surfaceTermList.Count);
            }
        }

        entrySurfaceStart[n] = surfaceEntry.Count;
        int[] surfaceEntries = [.. surfaceEntry];
        byte[] surfaceFields = [.. surfaceField];
        int[] surfaceSources = [.. surfaceSource];
        int[] termStart = [.. surfaceTermStart];
        int[] surfaceTerms = [.. surfaceTermList];
        var surfaceCount = surfaceEntries.Length;
        var vocabulary = terms.Count;

        // Document frequency counts entries, not surfaces: a term in an entry's text and synonyms counts once.
        var df = new int[vocabulary];
        var lastEntry = new int[vocabulary];
        Array.Fill(lastEntry, -1);
        for (var s = 0; s < surfaceCount; s++)
        {
            var e = surfaceEntries[s];
            for (var p = termStart[s]; p < termStart[s + 1]; p++)
            {
                var t = surfaceTerms[p];
                if (lastEntry[t] != e)
                {
                    lastEntry[t] = e;
                    df[t]++;
                }
            }
        }

        var idf = new float[vocabulary];
        for (var t = 0; t < vocabulary; t++)
        {
            idf[t] = TermWeights.Idf(df[t], n, options);
        }

        // Weights: tf weighting · idf, L2-normalised per surface, scaled by the field weight.
        var averageLength = 0.0;
        if (options.Weighting == TermWeighting.Bm25)
        {
            long total = 0;
            foreach (var tf in surfaceTfs)
            {
                total += tf;
            }

            averageLength = surfaceCount == 0 ? 1 : (double)total / surfaceCount;
        }

        var weights = new float[surfaceTerms.Length];
        var covers = new float[surfaceTerms.Length];
        var squares = new double[64];
        var idfs = new double[64];
        for (var s = 0; s < surfaceCount; s++)
        {
            var start = termStart[s];
            var end = termStart[s + 1];
            var length = 0;
            for (var p = start; p < end; p++)
            {
                length += surfaceTfs[p];
            }

            // Sums run over sorted values: term ids (and so the order of a surface's terms) depend on catalogue order,
            // floating-point sums on summation order, and scores must not depend on catalogue order at all.
            if (squares.Length < end - start)
            {
                squares = new double[(end - start) * 2];
                idfs = new double[squares.Length];
            }

            for (var p = start; p < end; p++)
            {
                var termIdf = idf[surfaceTerms[p]];
                var w = TermWeights.SurfaceTf(surfaceTfs[p], length, averageLength, options) * termIdf;
                weights[p] = (float)w;
                squares[p - start] = w * w;
                idfs[p - start] = termIdf;
            }

            var norm = SortedSum(squares.AsSpan(0, end - start));
            var mass = SortedSum(idfs.AsSpan(0, end - start));

            var scale = surfaceFields[s] switch
            {
                IndexData.FieldSynonym => options.SynonymWeight,
                IndexData.FieldDescription => options.DescriptionWeight,
                _ => 1.0,
            };
            // A surface made only of zero-weight terms (boilerplate weight 0) has no direction: its weights stay 0.
            var factor = norm > 0 ? scale / Math.Sqrt(norm) : 0;
            for (var p = start; p < end; p++)
            {
                weights[p] = (float)(weights[p] * factor);
                covers[p] = mass > 0 ? (float)(scale * idf[surfaceTerms[p]] / mass) : 0;
            }
        }

        // Surfaces of one entry that analyse to the same terms with the same weights and coverage shares (such as "manage
        // staff" and "staff management") score alike for every query: only the first is kept. Weights and the BM25
        // average length are taken before, so scores are exactly those of the full set.
        if (!keepRepeatedSurfaces)
        {
            (surfaceEntries, surfaceFields, surfaceSources, termStart, surfaceTerms, weights, covers) =
                RemoveRepeatedSurfaces(entrySurfaceStart, surfaceEntries, surfaceFields, surfaceSources, termStart, surfaceTerms, weights, covers);
        }

        surfaceCount = surfaceEntries.Length;

        // Inverted index (CSR): postings of a term in ascending surface order.
        var postingStart = new int[vocabulary + 1];
        foreach (var t in surfaceTerms)
        {
            postingStart[t + 1]++;
        }

        for (var t = 0; t < vocabulary; t++)
        {
            postingStart[t + 1] += postingStart[t];
        }

        var postings = new Posting[surfaceTerms.Length];
        var maxWeight = new float[vocabulary];
        var fill = postingStart[..vocabulary];
        for (var s = 0; s < surfaceCount; s++)
        {
            for (var p = termStart[s]; p < termStart[s + 1]; p++)
            {
                var t = surfaceTerms[p];
                var w = weights[p];
                postings[fill[t]++] = new Posting(s, w);
                if (w > maxWeight[t])
                {
                    maxWeight[t] = w;
                }
            }
        }

        return new IndexData
        {
            Entries = entries,
            IdRank = IdRanks(entries),
            Options = options,
            Analyzer = analyzer,
            Languages = languages,
            Terms = terms,
            WordCache = wordCache,
            WordTerms = [.. wordTermList],
            TermWords = [.. words],
            Idf = idf,
            OutOfVocabularyIdf = TermWeights.OutOfVocabularyIdf(n),
            MaxWeight = maxWeight,
            PostingStart = postingStart,
            Postings = postings,
            SurfaceEntry = surfaceEntries,
            SurfaceField = surfaceFields,
            SurfaceSource = surfaceSources,
            EntrySurfaceStart = entrySurfaceStart,
            SurfaceTermStart = termStart,
            SurfaceTerms = surfaceTerms,
            SurfaceTermWeights = weights,
            SurfaceTermCovers = covers,
            OneSurfacePerEntry = IsIdentity(surfaceEntries, n),
        };
    }

    // Each ordinal's rank among the ids in ordinal order.
    private static int[] IdRanks(CatalogueEntry[] entries)
    {
        var n = entries.Length;
        var byId = new int[n];
        for (var i = 0; i < n; i++)
        {
            byId[i] = i;
        }

        Array.Sort(byId, (a, b) => string.CompareOrdinal(entries[a].Id, entries[b].Id));
        var rank = new int[n];
        for (var r = 0; r < n; r++)
        {
            rank[byId[r]] = r;
        }

        return rank;
    }

    private static double SortedSum(Span<double> values)
    {
        values.Sort();
        double sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }

    // Drops every surface equal (terms, weights and coverage shares, bit for bit) to an earlier surface of its entry;
    // rewrites entrySurfaceStart and compacts the other arrays in place (a surface only ever moves down), then trims them.
    private static (int[] Entry, byte[] Field, int[] Source, int[] TermStart, int[] Terms, float[] Weights, float[] Covers) RemoveRepeatedSurfaces(
        int[] entrySurfaceStart, int[] surfaceEntry, byte[] surfaceField, int[] surfaceSource, int[] termStart, int[] terms, float[] weights, float[] covers)
    {
        var newStart = new int[termStart.Length];
        var surfaces = 0;
        var written = 0;
        for (var e = 0; e + 1 < entrySurfaceStart.Length; e++)
        {
            var from = entrySurfaceStart[e];
            var to = entrySurfaceStart[e + 1];
            var first = surfaces;
            entrySurfaceStart[e] = first;
            for (var s = from; s < to; s++)
            {
                if (Repeats(first, s))
                {
                    continue;
                }

                surfaceEntry[surfaces] = e;
                surfaceField[surfaces] = surfaceField[s];
                surfaceSource[surfaces] = surfaceSource[s];
                newStart[surfaces] = written;
                for (var p = termStart[s]; p < termStart[s + 1]; p++, written++)
                {
                    terms[written] = terms[p];
                    weights[written] = weights[p];
                    covers[written] = covers[p];
                }

                newStart[++surfaces] = written;
            }
        }

        entrySurfaceStart[^1] = surfaces;
        return (surfaceEntry[..surfaces], surfaceField[..surfaces], surfaceSource[..surfaces], newStart[..(surfaces + 1)], terms[..written], weights[..written], covers[..written]);

        // Whether old surface s repeats one already kept for its entry (new surfaces first.., their terms moved down).
        bool Repeats(int first, int s)
        {
            var length = termStart[s + 1] - termStart[s];
            for (var k = first; k < surfaces; k++)
            {
                if (newStart[k + 1] - newStart[k] == length && Same(newStart[k], termStart[s], length))
                {
                    return true;
                }
            }

            return false;
        }

        bool Same(int a, int b, int length)
        {
            for (var i = 0; i < length; i++)
            {
                if (terms[a + i] != terms[b + i] || BitConverter.SingleToInt32Bits(weights[a + i]) != BitConverter.SingleToInt32Bits(weights[b + i])
                    || BitConverter.SingleToInt32Bits(covers[a + i]) != BitConverter.SingleToInt32Bits(covers[b + i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    // True when surface i belongs to entry i for every entry: the fast path needs no per-entry aggregation.
    private static bool IsIdentity(int[] surfaceEntry, int entries)
    {
        if (surfaceEntry.Length != entries)
        {
            return false;
        }

        for (var i = 0; i < entries; i++)
        {
            if (surfaceEntry[i] != i)
            {
                return false;
            }
        }

        return true;
    }

    private struct BuildSink : ITermSink
    {
        public TermTable Terms;
        public List<string> Words;
        public List<int> Buffer;
        public TermTable WordCache;
        public List<int> WordTerms;
        public bool Stemmed;

        public readonly void Term(ReadOnlySpan<char> term, ReadOnlySpan<char> word)
        {
            var id = Terms.Add(term);
            if (id == Words.Count)
            {
                Words.Add(new string(word));
            }

            if (Stemmed && WordCache.Add(word) == WordTerms.Count)
            {
                WordTerms.Add(id);
            }

            Buffer.Add(id);
        }
    }
}
