using Xunit.Abstractions;
using Xunit.Sdk;

namespace PpcBudget.Api.Tests.Robustness;

/// <summary>Runs a class's tests in their declared order, except that those marked <see cref="RunsAfterTheBatteryAttribute"/> go last.</summary>
public sealed class AfterTheBattery : ITestCaseOrderer
{
    public const string TypeName = "PpcBudget.Api.Tests.Robustness.AfterTheBattery";
    public const string AssemblyName = "PpcBudget.Api.Tests";

    static readonly string Marker = typeof(RunsAfterTheBatteryAttribute).AssemblyQualifiedName!;

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
        testCases.OrderBy(testCase => testCase.TestMethod.Method.GetCustomAttributes(Marker).Any());
}

/// <summary>A check of the service's state once every other test of the class has run.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RunsAfterTheBatteryAttribute : Attribute;
