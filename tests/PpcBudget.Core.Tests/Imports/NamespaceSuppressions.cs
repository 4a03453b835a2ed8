using System.Diagnostics.CodeAnalysis;

// The tests mirror src/PpcBudget.Core/Imports; "Imports" is a Visual Basic keyword, and nothing here is called from VB.
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace", Target = "~N:PpcBudget.Core.Tests.Imports",
    Justification = "Test namespace mirrors the Core folder it tests.")]
