# Mirrors the README: restore, build and publish with the .NET 10 SDK; run on the ASP.NET Core runtime on port 5080.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Restore as its own layer: it reruns only when a project file or a package version changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/PpcBudget.Core/PpcBudget.Core.csproj src/PpcBudget.Core/
COPY src/PpcBudget.Api/PpcBudget.Api.csproj src/PpcBudget.Api/
RUN dotnet restore src/PpcBudget.Api/PpcBudget.Api.csproj

# The seed table is embedded in PpcBudget.Core from seeds/.
COPY seeds/ seeds/
COPY src/PpcBudget.Core/ src/PpcBudget.Core/
COPY src/PpcBudget.Api/ src/PpcBudget.Api/
RUN dotnet publish src/PpcBudget.Api/PpcBudget.Api.csproj --no-restore -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# The spend curve's picture (format=svg|png, SkiaSharp) draws its labels with a system font; the runtime image has none.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# Configuration comes from the environment: GoogleAds__DeveloperToken, Auth__ApiKeys__0, Limits__MaxCsvBodyBytes, ...
ENV ASPNETCORE_HTTP_PORTS=5080
EXPOSE 5080
# The image's built-in non-root user (uid 1654).
USER $APP_UID
# The runtime image has no curl: bash asks /healthz over /dev/tcp.
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/5080 && printf 'GET /healthz HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "PpcBudget.Api.dll"]
