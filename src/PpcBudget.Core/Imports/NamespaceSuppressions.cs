using System.Diagnostics.CodeAnalysis;

// "Imports" is a Visual Basic keyword. PpcBudget is C# only and the folder names the feature, as every Core folder does.
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace", Target = "~N:PpcBudget.Core.Imports",
    Justification = "C#-only library; the namespace names the feature like its siblings.")]
