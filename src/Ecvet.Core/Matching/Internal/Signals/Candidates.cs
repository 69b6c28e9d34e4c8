namespace Ecvet.Matching.Internal.Signals;

/// <summary>The entries signals nominate for one outcome query, each once: marked in the scratch's entry stamps and
/// listed; an entry is taken (scored) once, whether the text found it or not.</summary>
internal ref struct Candidates
{
    private readonly int[] _stamps;
    private readonly int[] _list;
    private readonly int _nominated;
    private readonly int _taken;

    public Candidates(Scratch scratch)
    {
        _stamps = scratch.EntryStamp;
        _list = scratch.Nominated;
        _nominated = scratch.NextStamp();
        _taken = scratch.NextStamp();
    }

    /// <summary>The number of entries nominated.</summary>
    public int Count { get; private set; }

    /// <summary>Nominates an entry (again is harmless).</summary>
    public void Add(int ordinal)
    {
        if (_stamps[ordinal] != _nominated)
        {
            _stamps[ordinal] = _nominated;
            _list[Count++] = ordinal;
        }
    }

    /// <summary>Whether an entry is nominated and not yet taken; takes it.</summary>
    public readonly bool Take(int ordinal)
    {
        if (_stamps[ordinal] != _nominated)
        {
            return false;
        }

        _stamps[ordinal] = _taken;
        return true;
    }

    /// <summary>The nominated entry at a position of the list (taken or not).</summary>
    public readonly int this[int index] => _list[index];
}
