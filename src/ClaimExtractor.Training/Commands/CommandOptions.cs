namespace ClaimExtraction.Training.Commands;

/// <summary>The few <c>--name value</c> / <c>--flag</c> options the commands take.</summary>
internal sealed record CommandOptions(string? Data, string? Out, string? Models, string? Only, bool Json, int Examples = 0)
{
    public static CommandOptions Parse(string[] args)
    {
        string? data = null, output = null, models = null, only = null;
        var json = false;
        var examples = 0;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--data": data = Value(); break;
                case "--out": output = Value(); break;
                case "--models": models = Value(); break;
                case "--only": only = Value(); break;
                case "--json": json = true; break;
                case "--examples": examples = int.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        return new CommandOptions(data, output, models, only, json, examples);
    }

    public bool Selects(string name) => Only is null || Only.Split(',').Contains(name, StringComparer.OrdinalIgnoreCase);
}
