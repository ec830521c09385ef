using System;
using System.Linq;
using UnityEditor;
using UnityEditor.Build.Reporting;
using UnityEngine;

// Invoked by CI:  Unity -batchmode -quit -projectPath . -executeMethod Emberfall.Editor.BuildScript.Build -buildTarget Android
namespace Emberfall.Editor
{
    public static class BuildScript
    {
        private static string Arg(string name, string fallback = null)
        {
            var args = Environment.GetCommandLineArgs();
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        public static void Build()
        {
            var target = EditorUserBuildSettings.activeBuildTarget;
            var scenes = EditorBuildSettings.scenes.Where(s => s.enabled).Select(s => s.path).ToArray();
            var options = new BuildPlayerOptions { scenes = scenes, target = target, options = BuildOptions.None };

            switch (target)
            {
                case BuildTarget.Android:
                    PlayerSettings.Android.useCustomKeystore = true;
                    PlayerSettings.Android.keystoreName = Arg("-keystorePath", "Keys/emberfall-upload.keystore");
                    // CI passes -keystorePass; the defaults are for local release builds
                    PlayerSettings.Android.keystorePass = Arg("-keystorePass", "Emberfall-Keystore-2023");
                    PlayerSettings.Android.keyaliasName = "emberfall";
                    PlayerSettings.Android.keyaliasPass = Arg("-keyaliasPass", "Emberfall-Alias-2023");
                    EditorUserBuildSettings.buildAppBundle = true;
                    options.locationPathName = "build/Android/Emberfall.aab";
                    break;
                case BuildTarget.iOS:
                    PlayerSettings.iOS.appleDeveloperTeamID = "⟦b43a_apple_team_id:team⟧";
                    PlayerSettings.iOS.appleEnableAutomaticSigning = false;
                    PlayerSettings.iOS.iOSManualProvisioningProfileID = "⟦uuid:profile⟧";
                    options.locationPathName = "build/iOS";
                    break;
                default:
                    options.locationPathName = $"build/{target}/Emberfall" + (target == BuildTarget.StandaloneWindows64 ? ".exe" : "");
                    break;
            }

            var report = BuildPipeline.BuildPlayer(options);
            Debug.Log($"Build {report.summary.result}: {report.summary.totalSize / 1048576} MB in {report.summary.totalTime}");
            if (report.summary.result != BuildResult.Succeeded) EditorApplication.Exit(1);
        }
    }
}
