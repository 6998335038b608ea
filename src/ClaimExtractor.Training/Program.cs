// Temporary parser entry points (the lead wires the final command set): parse-train <polnear> <outDir> [k=v ...],
// parse-eval <polnear> [model.bin].
if (args.Length >= 3 && args[0] == "parse-train")
{
    return ClaimExtractor.Training.Parsing.ParserTrainer.Train(args[1], args[2], ClaimExtractor.Training.Parsing.ParserCommand.Options(args[3..]));
}

if (args.Length >= 2 && args[0] == "parse-eval")
{
    return ClaimExtractor.Training.Parsing.ParserCommand.Evaluate(args[1], args.Length > 2 ? args[2] : null);
}

if (args.Length >= 3 && args[0] == "parse-bench")
{
    return ClaimExtractor.Training.Parsing.ParserBench.Run(args[1], args[2]);
}

Console.WriteLine("x");
return 0;
