# Mirrors the README: restore and build with the .NET 10 SDK, run on the ASP.NET Core runtime on port 5080.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Restore as its own layer: it only reruns when a project file or package version changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/PpcBudget.Core/PpcBudget.Core.csproj src/PpcBudget.Core/
COPY src/PpcBudget.Api/PpcBudget.Api.csproj src/PpcBudget.Api/
RUN dotnet restore src/PpcBudget.Api/PpcBudget.Api.csproj

COPY src/ src/
COPY seeds/ seeds/
RUN dotnet publish src/PpcBudget.Api/PpcBudget.Api.csproj --no-restore -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_HTTP_PORTS=5080
EXPOSE 5080
# The image's built-in non-root user (uid 1654).
USER $APP_UID
ENTRYPOINT ["dotnet", "PpcBudget.Api.dll"]
