using System.Runtime.CompilerServices;
using ClaimExtraction.Documents;
using ClaimExtraction.Models;
using ClaimExtraction.Pipeline;

namespace ClaimExtraction.Tagging;

/// <summary>
/// English lemmatizer in the manner of CoreNLP: proper nouns keep their text, everything else is lower-cased and has
/// its inflection removed by suffix rules chosen by part of speech. Where several stems are possible ("hoped": hop or
/// hope) the one seen more often as a lemma in training wins; irregular forms come from an exception table learned
/// from training data. Known lemmas are returned as shared strings, so common words allocate nothing.
/// </summary>
internal sealed class Lemmatizer : IDocumentStage
{
    public const string Kind = "lemma";
    public const int Version = 2;

    /// <summary>Longer words skip the rules (they are not inflected words in practice) and are only lower-cased.</summary>
    private const int MaxWordLength = 48;

    private readonly string[] _strings;
    private readonly HashIndex _known;
    private readonly HashIndex _exceptions;

    /// <param name="strings">Lemma strings returned as shared instances (frequent lemmas and exception targets).</param>
    /// <param name="known">
    /// Hash (<see cref="LemmaHash"/>) of every lemma seen in training to <c>frequency | (string index + 1) &lt;&lt; 8</c>:
    /// frequency is 1 + log2 of its count, the string index 0 when only the hash is kept (rare words).
    /// </param>
    /// <param name="exceptions">Exception keys (<see cref="ExceptionKey"/>) to indices into <paramref name="strings"/>.</param>
    public Lemmatizer(string[] strings, HashIndex known, HashIndex exceptions)
    {
        _strings = strings;
        _known = known;
        _exceptions = exceptions;
    }

    public AnnotationLayers Requires => AnnotationLayers.Tokens | AnnotationLayers.PartOfSpeech;

    public AnnotationLayers Assigns => AnnotationLayers.Lemmas;

    public int ExceptionCount => _exceptions.Count;

    public int VocabularyCount => _known.Count;

    // 32 bits are plenty for some 20,000 lemmas and halve the stored size.
    public static ulong LemmaHash(ReadOnlySpan<char> lemma) => TokenHasher.Key(FeatureHash.Of(0, lemma), 0);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public void Process(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var tokens = document.Tokens;
        var text = document.Text.AsSpan();
        for (var i = 0; i < tokens.Length; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            ref var token = ref tokens[i];
            token.Lemma = Lemmatize(text.Slice(token.Start, token.Length), token.Pos);
        }

        document.Layers |= Assigns;
    }

    /// <summary>Lower-cases and writes typographic apostrophes as ASCII ones, as CoreNLP's word forms do ("’s" is "'s").</summary>
    public static void Lower(ReadOnlySpan<char> word, Span<char> lower)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            lower[i] = c == '\u2019' ? '\'' : Text.CharClass.ToLowerInvariant(c);
        }
    }

    public static ulong ExceptionKey(ReadOnlySpan<char> lowerWord, PosTag pos) => FeatureHash.With(FeatureHash.Of(1, lowerWord), (long)pos);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public string Lemmatize(ReadOnlySpan<char> word, PosTag pos)
    {
        if (pos.IsProperNoun())
        {
            return word.ToString();
        }

        if (word.Length > MaxWordLength)
        {
            return word.ToString().ToLowerInvariant();
        }

        Span<char> lower = stackalloc char[word.Length];
        Lower(word, lower);
        var exception = _exceptions.Get(ExceptionKey(lower, pos));
        if (exception >= 0)
        {
            return _strings[exception];
        }

        Span<char> buffer = stackalloc char[MaxWordLength + 2];
        var lemma = Inflection(lower, pos, buffer);
        var known = _known.Get(LemmaHash(lemma));
        return known >> 8 > 0 ? _strings[(known >> 8) - 1] : lemma.ToString();
    }

    /// <summary>The rule lemma of a lower-cased word (without the exception table); for training and tests.</summary>
    public string ApplyRules(ReadOnlySpan<char> lower, PosTag pos)
    {
        Span<char> buffer = stackalloc char[MaxWordLength + 2];
        return lower.Length > MaxWordLength ? lower.ToString() : Inflection(lower, pos, buffer).ToString();
    }

    private ReadOnlySpan<char> Inflection(ReadOnlySpan<char> w, PosTag pos, Span<char> buffer)
    {
        var n = w.Length;
        switch (pos)
        {
            case PosTag.NNS:
                if (n > 3 && w.EndsWith("ies"))
                {
                    return Pick(w, buffer, Replace(w, 3, "y"), Replace(w, 1, ""), Replace(w, 2, ""));
                }

                if (n > 4 && (w.EndsWith("sses") || w.EndsWith("xes") || w.EndsWith("zes") || w.EndsWith("ches") || w.EndsWith("shes")))
                {
                    return Pick(w, buffer, Replace(w, 2, ""), Replace(w, 1, ""), default);
                }

                if (n > 3 && w.EndsWith("men"))
                {
                    return Pick(w, buffer, Replace(w, 2, "an"), Keep, default);
                }

                if (n > 2 && w[^1] == 's' && !w.EndsWith("ss") && !w.EndsWith("us") && !w.EndsWith("is"))
                {
                    return Pick(w, buffer, Replace(w, 1, ""), Replace(w, 2, ""), Replace(w, 3, "f"));
                }

                return w;
            case PosTag.VBZ:
                if (n > 3 && w.EndsWith("ies"))
                {
                    return Pick(w, buffer, Replace(w, 3, "y"), Replace(w, 1, ""), default);
                }

                if (n > 3 && (w.EndsWith("sses") || w.EndsWith("xes") || w.EndsWith("zes") || w.EndsWith("ches") || w.EndsWith("shes") || w.EndsWith("oes")))
                {
                    return Pick(w, buffer, Replace(w, 2, ""), Replace(w, 1, ""), default);
                }

                if (n > 2 && w[^1] == 's' && !w.EndsWith("ss"))
                {
                    return Pick(w, buffer, Replace(w, 1, ""), Replace(w, 2, ""), default);
                }

                return w;
            case PosTag.VBD or PosTag.VBN:
                if (n > 3 && w.EndsWith("ied"))
                {
                    return Pick(w, buffer, Replace(w, 3, "y"), Replace(w, 1, ""), default);
                }

                if (n > 3 && w.EndsWith("ed"))
                {
                    return Stem(w, 2, buffer);
                }

                return w;
            case PosTag.VBG:
                if (n > 4 && w.EndsWith("ing"))
                {
                    return Stem(w, 3, buffer);
                }

                return w;
            default:
                return w;
        }
    }

    // A stem after removing -ed/-ing: undoubled ("stopped"), plain ("walked") or with e restored ("hoped").
    private ReadOnlySpan<char> Stem(ReadOnlySpan<char> w, int cut, Span<char> buffer)
    {
        var stem = w[..^cut];
        var doubled = stem.Length > 2 && stem[^1] == stem[^2] && IsConsonant(stem[^1]);
        var withE = Replace(w, cut, "e");
        var plain = Replace(w, cut, "");
        if (doubled)
        {
            var undoubled = Replace(w, cut + 1, "");
            var keepsDouble = stem[^1] is 'l' or 's' or 'z' or 'f';
            return keepsDouble ? Pick(w, buffer, plain, undoubled, withE) : Pick(w, buffer, undoubled, plain, withE);
        }

        return NeedsE(stem) ? Pick(w, buffer, withE, plain, default) : Pick(w, buffer, plain, withE, default);
    }

    // For stems never seen as lemmas: endings that usually lost a silent e ("creat-", "realiz-", "forc-", "troubl-").
    private static bool NeedsE(ReadOnlySpan<char> stem)
    {
        if (stem.Length < 2)
        {
            return false;
        }

        var last = stem[^1];
        var before = stem[^2];
        if (last is 'v' or 'u' or 'z' or 'c')
        {
            return true;
        }

        if (last == 't' && before == 'a' && !stem.EndsWith("eat") && !stem.EndsWith("oat"))
        {
            return true;
        }

        if (last == 'l' && IsConsonant(before) && before != 'l' && before != 'r')
        {
            return true;
        }

        if (last == 'g' && (before is 'd' or 'r' || stem.EndsWith("ang")))
        {
            return true;
        }

        if (last == 's' && before is 'u' or 'a' or 'i' or 'o')
        {
            return true;
        }

        return false;
    }

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' and not ('a' or 'e' or 'i' or 'o' or 'u');

    private static Candidate Replace(ReadOnlySpan<char> w, int cut, string ending) => new(w.Length - cut, ending);

    private static readonly Candidate Keep = new(-1, "");

    // Picks the candidate seen most often as a lemma; with none known, the first.
    private ReadOnlySpan<char> Pick(ReadOnlySpan<char> w, Span<char> buffer, Candidate first, Candidate second, Candidate third)
    {
        var best = -1;
        var bestFrequency = 0;
        var bestLength = 0;
        for (var c = 0; c < 3; c++)
        {
            var candidate = c == 0 ? first : c == 1 ? second : third;
            if (candidate.Ending == null)
            {
                continue;
            }

            var length = Build(w, candidate, buffer);
            var known = _known.Get(LemmaHash(buffer[..length]));
            var frequency = known >= 0 ? known & 0xFF : 0;
            if (best < 0 || frequency > bestFrequency)
            {
                best = c;
                bestFrequency = frequency;
                bestLength = length;
            }
        }

        var chosen = best == 0 ? first : best == 1 ? second : third;
        bestLength = Build(w, chosen, buffer);
        return buffer[..bestLength];
    }

    private static int Build(ReadOnlySpan<char> w, Candidate candidate, Span<char> buffer)
    {
        if (candidate.Keep < 0)
        {
            w.CopyTo(buffer);
            return w.Length;
        }

        w[..candidate.Keep].CopyTo(buffer);
        candidate.Ending.AsSpan().CopyTo(buffer[candidate.Keep..]);
        return candidate.Keep + candidate.Ending!.Length;
    }

    private readonly record struct Candidate(int Keep, string? Ending);

    public void Write(BinaryWriter writer)
    {
        writer.Write(_strings.Length);
        foreach (var s in _strings)
        {
            writer.Write(s);
        }

        _known.Write(writer);
        _exceptions.Write(writer);
    }

    public static Lemmatizer Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var strings = new string[count];
        for (var i = 0; i < count; i++)
        {
            strings[i] = reader.ReadString();
        }

        var known = HashIndex.Read(reader);
        var exceptions = HashIndex.Read(reader);
        return new Lemmatizer(strings, known, exceptions);
    }

    public byte[] ToBytes() => ModelFile.ToBytes(Kind, Version, Write);

    public static Lemmatizer FromBytes(byte[] bytes) => ModelFile.Read(bytes, Kind, Version, Read);
}
