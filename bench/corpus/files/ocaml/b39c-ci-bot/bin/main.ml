(* ci-bot: labels pull requests from CI results and files a Linear issue when
   main goes red. Runs behind the reverse proxy on bots.caravel.dev. *)

open Lwt.Syntax
open Cohttp_lwt_unix

let github_token =
  match Sys.getenv_opt "GITHUB_TOKEN" with
  | Some t -> t
  | None -> "⟦github_fine_grained_pat⟧"

(* secret configured on the repo's webhook settings page *)
let webhook_secret = "⟦webhook_signing_secret⟧"

let linear_api_key = "⟦linear_api_key⟧"
let linear_team_id = "⟦uuid:team⟧"

let repo = "caravel-dev/caravel"

let hex_of_string s =
  String.concat "" (List.init (String.length s) (fun i -> Printf.sprintf "%02x" (Char.code s.[i])))

let verify_signature ~body headers =
  match Cohttp.Header.get headers "x-hub-signature-256" with
  | None -> false
  | Some sig_ ->
    let mac = Digestif.SHA256.hmac_string ~key:webhook_secret body |> Digestif.SHA256.to_raw_string in
    Eqaf.equal sig_ ("sha256=" ^ hex_of_string mac)

let gh_headers () =
  Cohttp.Header.of_list
    [ "Authorization", "Bearer " ^ github_token
    ; "Accept", "application/vnd.github+json"
    ; "X-GitHub-Api-Version", "2022-11-28"
    ; "User-Agent", "caravel-ci-bot" ]

let add_label pr label =
  let uri = Uri.of_string (Printf.sprintf "https://api.github.com/repos/%s/issues/%d/labels" repo pr) in
  let body = Cohttp_lwt.Body.of_string (Yojson.Safe.to_string (`Assoc [ "labels", `List [ `String label ] ])) in
  let* resp, _ = Client.post ~headers:(gh_headers ()) ~body uri in
  Lwt.return (Cohttp.Response.status resp)

let file_linear_issue title description =
  let query =
    {|mutation($t: String!, $d: String!, $team: String!) { issueCreate(input: {title: $t, description: $d, teamId: $team}) { success } }|}
  in
  let payload =
    `Assoc [ "query", `String query
           ; "variables", `Assoc [ "t", `String title; "d", `String description; "team", `String linear_team_id ] ]
  in
  let headers = Cohttp.Header.of_list [ "Authorization", linear_api_key; "Content-Type", "application/json" ] in
  let* _resp, body =
    Client.post ~headers ~body:(Cohttp_lwt.Body.of_string (Yojson.Safe.to_string payload))
      (Uri.of_string "https://api.linear.app/graphql")
  in
  Cohttp_lwt.Body.to_string body

let handle_check_suite json =
  let open Yojson.Safe.Util in
  let suite = json |> member "check_suite" in
  let conclusion = suite |> member "conclusion" |> to_string_option in
  let branch = suite |> member "head_branch" |> to_string_option in
  let prs = suite |> member "pull_requests" |> to_list |> List.map (fun p -> p |> member "number" |> to_int) in
  let* () =
    Lwt_list.iter_s
      (fun pr ->
        let label = if conclusion = Some "success" then "ci: green" else "ci: red" in
        let+ _ = add_label pr label in
        ())
      prs
  in
  match branch, conclusion with
  | Some "main", Some "failure" ->
    let sha = suite |> member "head_sha" |> to_string in
    let+ _ = file_linear_issue ("main is red at " ^ String.sub sha 0 8) ("Check suite failed for " ^ sha) in
    ()
  | _ -> Lwt.return_unit

let callback _conn req body =
  let* body = Cohttp_lwt.Body.to_string body in
  if not (verify_signature ~body (Request.headers req)) then
    Server.respond_string ~status:`Unauthorized ~body:"bad signature" ()
  else
    match Cohttp.Header.get (Request.headers req) "x-github-event" with
    | Some "check_suite" ->
      let* () = handle_check_suite (Yojson.Safe.from_string body) in
      Server.respond_string ~status:`OK ~body:"ok" ()
    | _ -> Server.respond_string ~status:`No_content ~body:"" ()

let () =
  let port = Option.value ~default:8090 (Option.bind (Sys.getenv_opt "PORT") int_of_string_opt) in
  Lwt_main.run (Server.create ~mode:(`TCP (`Port port)) (Server.make ~callback ()))
