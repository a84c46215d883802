package tech.integratn.vcluster.domain.clusterregistration;

/**
 * The kubeconfig sync script (spec 9.9): the {@code /bin/sh -c} text of the registration Job's
 * container, the same for every request. No request value is ever put into it; the Job passes
 * everything through its environment (spec 9.6).
 *
 * <p>It is a constant here rather than a {@code .sh} resource because the domain may not read
 * resources (ArchUnit rules 2b and 2c forbid {@code ClassLoader}, {@code Class.getResource*} and
 * {@code java.io}), and the Job is rendered by pure domain code. The script contains no backslash,
 * so this text block is the script byte for byte; {@code KubeconfigSyncScriptTest} (in
 * {@code adapters-fs}) runs it with {@code dash}, {@code curl} and {@code jq} against a fake
 * 1Password Connect server.
 *
 * <p>Environment: {@code OP_CONNECT_HOST}, {@code OP_CONNECT_TOKEN}, {@code OP_VAULT} (optional),
 * {@code OP_VAULT_NAME}, {@code CLUSTER_NAME}, {@code KUBECONFIG_KEY}, {@code OP_ITEM_NAME},
 * {@code BASE_DOMAIN_SANITIZED}, {@code EXTERNAL_SERVER_URL}, {@code ARGOCD_ENVIRONMENT}
 * ({@code BASE_DOMAIN} is passed by the Job but used by no field). {@code TMPDIR} (default
 * {@code /tmp}) holds the secret files; {@code KUBECONFIG_DIR} (default {@code /kubeconfig}) exists
 * for the tests only and is never set by the Job.
 */
public final class KubeconfigSyncScript {

  /** The script. */
  public static final String TEXT = """
      # kubeconfig-sync (spec 9.9): copies a vcluster's kubeconfig into the 1Password item
      # that External Secrets turns into an Argo CD cluster Secret. The text is constant:
      # every input comes from the environment. Needs sh, sed, tr, head, curl >= 7.55, jq >= 1.6.
      # Secrets (the token, the kubeconfig and its key) travel through files in $TMPDIR
      # (default /tmp), never through a command line; TLS is always verified.
      set -eu
      umask 077
      me=kubeconfig-sync
      nl='
      '
      say() { printf '%s: %s%s' "$me" "$*" "$nl"; }
      fail() { printf '%s: %s%s' "$me" "$*" "$nl" >&2; exit 1; }

      # Every external tool before the first call: a missing one stops here, before any request.
      # (rm is optional: without it the secret files are only emptied.)
      for tool in sed tr head curl jq; do
        command -v "$tool" >/dev/null 2>&1 || fail "$tool is not installed (needs sed, tr, head, curl >= 7.55, jq >= 1.6)"
      done

      for var in OP_CONNECT_HOST OP_CONNECT_TOKEN CLUSTER_NAME KUBECONFIG_KEY OP_ITEM_NAME BASE_DOMAIN_SANITIZED EXTERNAL_SERVER_URL ARGOCD_ENVIRONMENT; do
        eval 'value=${'"$var"':-}'
        [ -n "$value" ] || fail "$var is not set"
      done
      value=
      vault=${OP_VAULT:-}
      [ -n "$vault" ] || [ -n "${OP_VAULT_NAME:-}" ] || fail "neither OP_VAULT nor OP_VAULT_NAME is set"
      case $OP_CONNECT_TOKEN in
        *[[:space:]]*) fail "OP_CONNECT_TOKEN contains white space" ;;
      esac
      # KUBECONFIG_DIR exists for the tests only; the Job mounts the Secret at /kubeconfig.
      kubeconfig=${KUBECONFIG_DIR:-/kubeconfig}/$KUBECONFIG_KEY
      tmp=${TMPDIR:-/tmp}
      case $tmp in
        /*) ;;
        *) fail "TMPDIR must be an absolute path (got '$tmp')" ;;
      esac
      base=$tmp/kubeconfig-sync.$$
      header_file=$base.header
      token_file=$base.token
      ca_file=$base.ca
      cert_file=$base.cert
      key_file=$base.key
      body_file=$base.body
      response_file=$base.response
      error_file=$base.error
      scrub() {
        for file in "$header_file" "$token_file" "$ca_file" "$cert_file" "$key_file" "$body_file" "$response_file" "$error_file"; do
          if [ -f "$file" ]; then
            : >|"$file"
            rm -f "$file" 2>/dev/null || true
          fi
        done
      }
      trap scrub EXIT
      trap 'exit 1' HUP INT TERM
      for file in "$header_file" "$token_file" "$ca_file" "$cert_file" "$key_file" "$body_file" "$response_file" "$error_file"; do
        : >|"$file" || fail "cannot create $file"
      done
      # printf is a shell builtin: the token is on no process's command line.
      printf '%s' "$OP_CONNECT_TOKEN" >|"$token_file"
      printf 'Authorization: Bearer %s%s' "$OP_CONNECT_TOKEN" "$nl" >|"$header_file"
      unset OP_CONNECT_TOKEN

      host=$(printf '%s' "$OP_CONNECT_HOST" | sed 's#/*$##')
      case $host in
        *[[:space:]?#]*) fail "OP_CONNECT_HOST must be an https:// URL without query (got '$OP_CONNECT_HOST')" ;;
        https://?*) ;;
        *) fail "OP_CONNECT_HOST must be an https:// URL (got '$OP_CONNECT_HOST')" ;;
      esac
      case $KUBECONFIG_KEY in
        */* | . | ..*) fail "KUBECONFIG_KEY must name a file in the kubeconfig directory (got '$KUBECONFIG_KEY')" ;;
      esac

      [ -f "$kubeconfig" ] && [ -r "$kubeconfig" ] || fail "$kubeconfig: no such readable file"
      # The first value of a key, reduced to base64 characters (quotes, spaces and CR go).
      first() {
        sed -n 's/^[[:space:]]*'"$1"':[[:space:]]*//p' "$kubeconfig" | head -n 1 | tr -cd 'A-Za-z0-9+/=' >|"$2"
        [ -s "$2" ] || fail "$kubeconfig: no $1; refusing to register the cluster without verified TLS and a client certificate"
      }
      first certificate-authority-data "$ca_file"
      first client-certificate-data "$cert_file"
      first client-key-data "$key_file"

      # shown FILE [line]: the response (or only the first line of curl's error) without the
      # token or the key in any letter case (ascii_downcase keeps every position), at most
      # 2000 characters.
      shown() {
        jq -Rrs --arg only "${2:-}" --rawfile t "$token_file" --rawfile k "$key_file" '
          def hide($s): if ($s | length) > 0 then
            . as $text | ($s | length) as $n | [ascii_downcase | split($s | ascii_downcase)[] | length] as $parts
            | reduce range(0; $parts | length) as $i ({out: "", at: 0};
                .out += $text[.at:.at + $parts[$i]] + (if $i + 1 < ($parts | length) then "[redacted]" else "" end)
                | .at += $parts[$i] + $n)
            | .out
            else . end;
          def chomp: if endswith([10] | implode) then .[:-1] | chomp else . end;
          hide($t) | hide($k) | if $only == "line" then split([10] | implode)[0] // "" else . end | chomp | .[0:2000]' "$1" 2>/dev/null || printf '%s' '(unreadable)'
      }
      # call METHOD URL [BODY_FILE]: the response goes to $response_file, its status to $status.
      call() {
        method=$1
        url=$2
        if [ $# -gt 2 ]; then
          set -- -H 'Content-Type: application/json' --data-binary "@$3"
        else
          set --
        fi
        curl_exit=0
        status=$(curl -q -sS --proto =https --max-time 30 -X "$method" -H "@$header_file" -H 'Accept: application/json' "$@" -o "$response_file" -w '%{http_code}' --url "$url" 2>|"$error_file") || curl_exit=$?
        case $status in
          [0-9][0-9][0-9]) ;;
          *) status=000 ;;
        esac
        if [ "$curl_exit" -ne 0 ]; then
          fail "$method $url: status $status, no complete response: $(shown "$error_file" line)"
        fi
        case $status in
          2??) ;;
          *) fail "$method $url: HTTP $status: $(shown "$response_file")" ;;
        esac
      }
      # ids FIELD VALUE: the ids of the listed objects whose FIELD is exactly VALUE, space-separated.
      ids() {
        jq -r --arg f "$1" --arg v "$2" 'if type == "array" then [.[] | select(type == "object" and .[$f] == $v) | .id | if type == "string" and . != "" then . else "-" end] | join(" ") else error("not a list") end' "$response_file" 2>/dev/null ||
          fail "$method $url: HTTP $status: the response is not a JSON list"
      }
      uri() {
        jq -rn --arg f "$1" --arg v "$2" '$f + " eq " + ($v | tojson) | @uri'
      }
      checked_id() {
        case $1 in
          '' | *[!A-Za-z0-9]*) fail "$2: not a 1Password id (got '$1')" ;;
        esac
      }

      if [ -n "$vault" ]; then
        checked_id "$vault" OP_VAULT
      else
        call GET "$host/v1/vaults?filter=$(uri name "$OP_VAULT_NAME")"
        found=$(ids name "$OP_VAULT_NAME") || exit 1
        set -f
        set -- $found
        set +f
        [ $# -gt 0 ] || fail "$method $url: HTTP $status: no vault is named '$OP_VAULT_NAME'"
        [ $# -eq 1 ] || fail "$method $url: HTTP $status: $# vaults are named '$OP_VAULT_NAME'; set the vault's id instead"
        vault=$1
        checked_id "$vault" "$method $url: vault id"
      fi

      call GET "$host/v1/vaults/$vault/items?filter=$(uri title "$OP_ITEM_NAME")"
      found=$(ids title "$OP_ITEM_NAME") || exit 1
      set -f
      set -- $found
      set +f
      [ $# -le 1 ] || fail "$method $url: HTTP $status: $# items are titled '$OP_ITEM_NAME' in vault $vault; delete all but one"
      item=${1:-}
      [ -z "$item" ] || checked_id "$item" "$method $url: item id"

      set -- --arg vault "$vault" --arg item "$item" --arg title "$OP_ITEM_NAME"
      set -- "$@" --arg environment "$ARGOCD_ENVIRONMENT" --arg name "$CLUSTER_NAME.$BASE_DOMAIN_SANITIZED"
      set -- "$@" --arg server "$EXTERNAL_SERVER_URL" --rawfile kubeconfig "$kubeconfig"
      set -- "$@" --rawfile ca "$ca_file" --rawfile cert "$cert_file" --rawfile key "$key_file"
      jq -n "$@" '
        def chomp: if endswith([10] | implode) then .[:-1] | chomp else . end;
        (if $item == "" then {} else {id: $item} end) + {
          vault: {id: $vault},
          title: $title,
          category: "SERVER",
          tags: ["cluster", "kubeconfig", $environment],
          fields: [
            {label: "kubeconfig", type: "CONCEALED", value: ($kubeconfig | chomp)},
            {label: "argocd-name", type: "STRING", value: $name},
            {label: "argocd-server", type: "STRING", value: $server},
            {label: "argocd-config", type: "CONCEALED",
             value: ({tlsClientConfig: {insecure: false, caData: $ca, certData: $cert, keyData: $key}} | tojson)}
          ]
        }' >|"$body_file"

      if [ -z "$item" ]; then
        call POST "$host/v1/vaults/$vault/items" "$body_file"
        say "created item '$OP_ITEM_NAME' in vault $vault (HTTP $status)"
      else
        call PUT "$host/v1/vaults/$vault/items/$item" "$body_file"
        say "replaced item '$OP_ITEM_NAME' ($item) in vault $vault (HTTP $status)"
      fi
      """;

  private KubeconfigSyncScript() {}
}
