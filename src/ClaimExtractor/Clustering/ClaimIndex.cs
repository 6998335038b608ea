namespace ClaimExtraction.Clustering;

/// <summary>
/// The clusterer's state: each claim's content-word hashes, a MinHash locality-sensitive index per speaker, and the
/// disjoint sets the verified pairs join. Adding a claim costs a bounded number of comparisons (one MinHash value per
/// band, the latest <see cref="BucketWindow"/> claims of each bucket), so a batch costs time linear in its claims.
/// </summary>
internal sealed class ClaimIndex
{
    /// <summary>MinHash values per claim, each its own band: two claims become candidates when any value agrees, which
    /// happens with probability 1 − (1 − J)^16 for word-set Jaccard J (0.99 at J = 0.25, a quotation cut to a third).</summary>
    internal const int Bands = 16;

    /// <summary>Claims of a bucket compared with a new one, latest first: a frequent word's bucket grows with the batch,
    /// and a repeated statement shares several values with its earlier reports, so the latest few are enough.</summary>
    internal const int BucketWindow = 24;

    private static readonly ulong[] Seeds = MakeSeeds();

    private readonly List<ulong> _words = [];
    private readonly List<int> _wordStart = [0];
    private readonly List<int> _block = [];
    private readonly List<int> _parent = [];
    private readonly List<int> _bucketNext = [];
    private readonly Dictionary<ulong, int> _bucketHead = [];
    private readonly Dictionary<string, int> _blocks = new(StringComparer.Ordinal);
    private readonly List<ulong> _scratch = [];
    private readonly List<float> _weights = [];
    private readonly List<float> _totalWeight = [];
    private readonly Dictionary<ulong, int> _blockFrequency = [];
    private readonly List<int> _blockSize = [];
    private readonly ClusterSettings _settings;
    private int[] _seenBy = new int[64];

    public ClaimIndex(ClusterSettings settings) => _settings = settings;

    /// <summary>Claims indexed so far.</summary>
    public int Count => _block.Count;

    /// <summary>
    /// Indexes a claim of the speaker block <paramref name="speakerKey"/> and joins it to every earlier claim it
    /// matches. Returns false (nothing indexed) when the claim has too few content words.
    /// </summary>
    public bool Add(string speakerKey, string text)
    {
        ClaimWords.ContentHashes(text, _scratch);
        if (_scratch.Count < _settings.MinimumContentWords)
        {
            return false;
        }

        if (!_blocks.TryGetValue(speakerKey, out var block))
        {
            _blocks[speakerKey] = block = _blocks.Count;
            _blockSize.Add(0);
        }

        var self = _block.Count;
        AddWeights(block);
        _words.AddRange(_scratch);
        _wordStart.Add(_words.Count);
        _block.Add(block);
        _parent.Add(self);
        if (_seenBy.Length <= self)
        {
            Array.Resize(ref _seenBy, _seenBy.Length * 2);
        }

        _seenBy[self] = -1;
        for (var band = 0; band < Bands; band++)
        {
            var key = BucketKey(block, band, MinHash(band));
            var previous = _bucketHead.TryGetValue(key, out var head) ? head : -1;
            _bucketHead[key] = self;
            _bucketNext.Add(previous);
            var candidate = previous;
            for (var seen = 0; candidate >= 0 && seen < BucketWindow; candidate = _bucketNext[(candidate * Bands) + band], seen++)
            {
                if (_seenBy[candidate] == self)
                {
                    continue;
                }

                _seenBy[candidate] = self;
                var root = Find(self);
                var other = Find(candidate);
                if (root != other && Matches(self, candidate))
                {
                    // The earlier claim's root stays the root, so a cluster's root is its first claim.
                    _parent[root] = other < root ? other : root;
                    _parent[other] = other < root ? other : root;
                }
            }
        }

        return true;
    }

    /// <summary>The index of the first claim of <paramref name="claim"/>'s cluster.</summary>
    public int Find(int claim)
    {
        var root = claim;
        while (_parent[root] != root)
        {
            root = _parent[root];
        }

        while (_parent[claim] != root)
        {
            (claim, _parent[claim]) = (_parent[claim], root);
        }

        return root;
    }

    /// <summary>Content words the claim was indexed with.</summary>
    public int WordCount(int claim) => _wordStart[claim + 1] - _wordStart[claim];

    // A word's weight is its rarity among the speaker's claims so far (inverse document frequency): a speaker's
    // recurring names and themes ("Clinton", "Wall Street") count for little, the words of one statement for much.
    private void AddWeights(int block)
    {
        var size = ++_blockSize[block];
        var total = 0f;
        foreach (var word in _scratch)
        {
            var key = Mix(word ^ ((ulong)(uint)block * 0xD6E8FEB86659FD93UL));
            var frequency = _blockFrequency[key] = _blockFrequency.GetValueOrDefault(key) + 1;
            var weight = _settings.WeightByRarity ? (float)Math.Log(1.0 + ((double)size / frequency)) : 1f;
            _weights.Add(weight);
            total += weight;
        }

        _totalWeight.Add(total);
    }

    private bool Matches(int a, int b)
    {
        var wordsA = Words(a);
        var wordsB = Words(b);
        var weightsA = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_weights)[_wordStart[a].._wordStart[a + 1]];
        var weightsB = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_weights)[_wordStart[b].._wordStart[b + 1]];
        int i = 0, j = 0, shared = 0;
        float sharedA = 0, sharedB = 0;
        while (i < wordsA.Length && j < wordsB.Length)
        {
            if (wordsA[i] == wordsB[j])
            {
                shared++;
                sharedA += weightsA[i];
                sharedB += weightsB[j];
                i++;
                j++;
            }
            else if (wordsA[i] < wordsB[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        // Containment: the share of the smaller claim (by weight) that the other has; a cut quotation keeps all of its words.
        var containment = Math.Max(sharedA / _totalWeight[a], sharedB / _totalWeight[b]);
        return shared >= _settings.MinimumSharedWords && containment >= _settings.MinimumContainment;
    }

    private ReadOnlySpan<ulong> Words(int claim) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_words)[_wordStart[claim].._wordStart[claim + 1]];

    private ulong MinHash(int band)
    {
        var seed = Seeds[band];
        var min = ulong.MaxValue;
        foreach (var word in _scratch)
        {
            min = Math.Min(min, Mix(word ^ seed));
        }

        return min;
    }

    private static ulong BucketKey(int block, int band, ulong minHash) =>
        Mix(minHash + ((ulong)(uint)block * 0x9E3779B97F4A7C15UL) + ((ulong)band << 58));

    // The splitmix64 finalizer: a 64-bit hash with good avalanche, so a seed gives an independent-looking permutation.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Bands];
        for (var band = 0; band < Bands; band++)
        {
            seeds[band] = Mix(0x5851F42D4C957F2DUL + (ulong)band);
        }

        return seeds;
    }
}
