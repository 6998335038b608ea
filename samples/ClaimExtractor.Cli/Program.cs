using ClaimExtraction.Cli;

return CliApp.Run(args, CliIo.FromConsole());
