using CoursePlatform.Cli;

return CliApp.Run(args, CliConsole.FromProcess());
