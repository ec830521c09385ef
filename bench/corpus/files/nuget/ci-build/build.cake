var target = Argument("target", "Pack");
var configuration = Argument("configuration", "Release");

Task("Pack")
    .Does(() => {
        DotNetPack("./src/Contoso.Billing.csproj", new DotNetPackSettings {
            Configuration = configuration,
            OutputDirectory = "./artifacts"
        });
    });

Task("Push")
    .IsDependentOn("Pack")
    .Does(() => {
        DotNetNuGetPush("./artifacts/*.nupkg", new DotNetNuGetPushSettings {
            Source = "https://api.nuget.org/v3/index.json",
            ApiKey = "⟦nuget_api_key⟧"
        });
    });

RunTarget(target);
