namespace Ecvet.Matching.Internal;

/// <summary>
/// Per-thread working memory of the query path: score accumulators sized to the catalogue, the touched surfaces (a list
/// and a bit set) and their gathered scores, the query's terms, the per-entry marks, the entries evidence beyond words nominates, and the candidate heaps. Arrays
/// grow (once) to the largest index used on the thread and are reused, so a warmed-up query allocates nothing. Between
/// queries every touched bit is clear; an accumulator is written when its surface is first touched, so stale values
/// are never read.
/// </summary>
internal sealed class Scratch
{
    [ThreadStatic]
    private static Scratch? t_current;

    public float[] Acc = [];
    public int[] Touched = [];
    public ulong[] TouchedBits = [];
    public float[] Gathered = [];
    public int[] CoverFrom = new int[16];
    public int[] CoverTo = new int[16];
    public float[] EntryBestScore = [];
    public int[] EntryBestSurface = [];
    public int[] EntryTouched = [];
    public int[] TermSlot = [];
    public int[] EntryStamp = [];
    public int[] EntryPosition = [];
    public int[] Nominated = [];
    private int _stamp;

    public int[] QueryTerms = new int[32];
    public int[] QueryTf = new int[32];
    public float[] QueryWeight = new float[32];
    public float[] QueryBound = new float[33];
    public int QueryCount;
    public int OutOfVocabulary;

    public int[] ResultEntry = [];
    public float[] ResultScore = [];
    public float[] ResultCov = [];
    public int[] ResultSurface = [];
    public int ResultCount;
    public int[] Heap = new int[16];

    public static Scratch Get(int surfaces, int entries, int terms)
    {
        var scratch = t_current ??= new Scratch();
        if (scratch.Acc.Length < surfaces)
        {
            scratch.Acc = new float[surfaces];
            scratch.Touched = new int[surfaces];
            scratch.TouchedBits = new ulong[(surfaces + 63) / 64];
            scratch.Gathered = new float[surfaces];
        }

        if (scratch.EntryBestScore.Length < entries)
        {
            scratch.EntryBestScore = new float[entries];
            scratch.EntryBestSurface = new int[entries];
            scratch.ResultSurface = new int[entries];
            scratch.EntryTouched = new int[entries];
            scratch.ResultEntry = new int[entries];
            scratch.ResultScore = new float[entries];
            scratch.ResultCov = new float[entries];
            scratch.EntryStamp = new int[entries];
            scratch.EntryPosition = new int[entries];
            scratch.Nominated = new int[entries];
            scratch._stamp = 0;
        }

        if (scratch.TermSlot.Length < terms)
        {
            scratch.TermSlot = new int[terms];
        }

        scratch.QueryCount = 0;
        scratch.OutOfVocabulary = 0;
        scratch.ResultCount = 0;
        return scratch;
    }

    public void AddQueryTerm(int term)
    {
        var slot = TermSlot[term];
        if (slot != 0)
        {
            QueryTf[slot - 1]++;
            return;
        }

        if (QueryCount == QueryTerms.Length)
        {
            var size = QueryCount * 2;
            Array.Resize(ref QueryTerms, size);
            Array.Resize(ref QueryTf, size);
            Array.Resize(ref QueryWeight, size);
            Array.Resize(ref QueryBound, size + 1);
        }

        QueryTerms[QueryCount] = term;
        QueryTf[QueryCount] = 1;
        QueryCount++;
        TermSlot[term] = QueryCount;
    }

    /// <summary>A fresh stamp for <see cref="EntryStamp"/> marks (no reset needed between uses).</summary>
    public int NextStamp()
    {
        if (_stamp == int.MaxValue)
        {
            Array.Clear(EntryStamp);
            _stamp = 0;
        }

        return ++_stamp;
    }

    public void EnsureHeap(int size)
    {
        if (Heap.Length < size)
        {
            Heap = new int[Math.Max(size, Heap.Length * 2)];
        }
    }
}
