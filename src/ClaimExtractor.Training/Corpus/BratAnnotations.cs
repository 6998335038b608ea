namespace ClaimExtraction.Training.Corpus;

/// <summary>One gold attribution from a PolNeAR brat file: its content, source and cue character ranges.</summary>
internal sealed record GoldAttribution(
    IReadOnlyList<(int Start, int End)> Content,
    IReadOnlyList<(int Start, int End)> Source,
    IReadOnlyList<(int Start, int End)> Cue);

/// <summary>Reads <c>attributions/&lt;doc&gt;_&lt;annotator&gt;.ann</c> (brat standoff), first annotator in sorted order as the scorer does.</summary>
internal static class BratAnnotations
{
    public static IReadOnlyList<GoldAttribution> ReadFirst(string splitDirectory, string document)
    {
        var folder = Path.Combine(splitDirectory, "attributions");
        var first = Directory.GetFiles(folder, document + "_*.ann").OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault();
        return first is null ? [] : Parse(File.ReadLines(first));
    }

    public static IReadOnlyList<GoldAttribution> Parse(IEnumerable<string> lines)
    {
        var spans = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        var events = new List<string[]>();
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length < 2)
            {
                continue;
            }

            if (line.StartsWith('T'))
            {
                var head = parts[1].Split(' ', 2);
                if (head.Length < 2)
                {
                    continue;
                }

                var ranges = new List<(int, int)>();
                foreach (var piece in head[1].Split(';'))
                {
                    var ab = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    ranges.Add((int.Parse(ab[0]), int.Parse(ab[1])));
                }

                spans[parts[0]] = ranges;
            }
            else if (line.StartsWith('E'))
            {
                events.Add(parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        var result = new List<GoldAttribution>();
        foreach (var args in events)
        {
            var content = new List<(int, int)>();
            var source = new List<(int, int)>();
            var cue = new List<(int, int)>();
            foreach (var arg in args)
            {
                var roleAndId = arg.Split(':', 2);
                if (roleAndId.Length < 2 || !spans.TryGetValue(roleAndId[1], out var ranges))
                {
                    continue;
                }

                var role = roleAndId[0];
                var target = role.StartsWith("Content", StringComparison.Ordinal) ? content
                    : role.StartsWith("Source", StringComparison.Ordinal) ? source
                    : role.StartsWith("Cue", StringComparison.Ordinal) ? cue : null;
                target?.AddRange(ranges);
            }

            if (content.Count > 0)
            {
                result.Add(new GoldAttribution(content, source, cue));
            }
        }

        return result;
    }
}
