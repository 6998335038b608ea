namespace ClaimExtraction.Cli;

/// <summary>A plain-text view of a result: one block per claim with speaker, cue, kind, certainty and hedges.</summary>
internal static class PrettyPrinter
{
    public static void Write(string name, ExtractionResult result, TextWriter output)
    {
        output.WriteLine($"== {name}: {result.Claims.Count} claims, {result.Speakers.Count} speakers");
        foreach (var claim in result.Claims)
        {
            var speaker = claim.Speaker is null ? "(no source)" : $"{claim.Speaker.Name} [{claim.Speaker.Kind.ToString().ToLowerInvariant()}] as \"{claim.Speaker.Mention?.Text}\"";
            output.WriteLine($"{claim.Id}  {speaker}  --{claim.Cue?.Text ?? "(no cue)"}-->  ({claim.Kind.ToString().ToLowerInvariant()}, certainty {claim.Certainty:0.00})");
            output.WriteLine($"    {claim.Text}");
            if (claim.Hedges.Count > 0)
            {
                output.WriteLine("    hedges: " + string.Join(", ", claim.Hedges.Select(h => $"{h.Text} ({h.Category.ToString().ToLowerInvariant()})")));
            }
        }

        foreach (var speaker in result.Speakers)
        {
            var roles = speaker.Roles.Count > 0 ? "; roles: " + string.Join(", ", speaker.Roles) : "";
            output.WriteLine($"  {speaker.Id} {speaker.Name} ({speaker.Kind.ToString().ToLowerInvariant()}); aliases: {string.Join(", ", speaker.Aliases)}{roles}");
        }

        output.WriteLine();
    }
}
