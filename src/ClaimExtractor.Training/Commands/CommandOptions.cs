namespace ClaimExtractor.Training.Commands;

/// <summary>The few <c>--name value</c> / <c>--flag</c> options the commands take.</summary>
internal sealed record CommandOptions(string? Data, string? Out, string? Models, string? Only, bool Json)
{
    public static CommandOptions Parse(string[] args)
    {
        string? data = null, output = null, models = null, only = null;
        var json = false;
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
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        return new CommandOptions(data, output, models, only, json);
    }

    public bool Selects(string name) => Only is null || Only.Split(',').Contains(name, StringComparer.OrdinalIgnoreCase);
}
