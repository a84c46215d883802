// Command yamloracle is the test oracle of adapters-fs' YAML codec: it reads and writes YAML with
// the Go libraries Kratix, Argo CD and kubectl use (gopkg.in/yaml.v2, gopkg.in/yaml.v3 and
// sigs.k8s.io/yaml) and answers one JSON line for each JSON line it is given.
//
//	{"op":"read","yaml":TEXT}
//	  -> {"v2":VALUE,"v3":VALUE,"sigs":JSON-TEXT}, each replaced by an error text
//	     ({"v2err":...}) when that library refuses TEXT
//	{"op":"write","values":[VALUE...]}
//	  -> {"v2":TEXT,"v3":TEXT,"sigs":TEXT}: a map of "k0", "k1", ... to the values, as each writes it
//
// A VALUE is typed: {"t":"str","v":"..."}, {"t":"int","v":"-12"} (int, int64 or uint64, in
// decimal), {"t":"float","v":"1.5e+10"} (strconv's shortest 'g' form), {"t":"bool","v":true},
// {"t":"null"}, {"t":"time","v":RFC3339}, {"t":"seq","v":[VALUE...]} and {"t":"map","v":[[KEY,VALUE]...]}
// (keys are VALUEs too, so a key read as a number shows as one).
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strconv"
	"time"

	yaml2 "gopkg.in/yaml.v2"
	yaml3 "gopkg.in/yaml.v3"
	sigs "sigs.k8s.io/yaml"
)

type request struct {
	Op     string            `json:"op"`
	Yaml   string            `json:"yaml"`
	Values []json.RawMessage `json:"values"`
}

type typed struct {
	T string      `json:"t"`
	V interface{} `json:"v,omitempty"`
}

func tag(v interface{}) interface{} {
	switch x := v.(type) {
	case nil:
		return typed{T: "null"}
	case bool:
		return typed{T: "bool", V: x}
	case int:
		return typed{T: "int", V: strconv.FormatInt(int64(x), 10)}
	case int64:
		return typed{T: "int", V: strconv.FormatInt(x, 10)}
	case uint64:
		return typed{T: "int", V: strconv.FormatUint(x, 10)}
	case uint:
		return typed{T: "int", V: strconv.FormatUint(uint64(x), 10)}
	case float64:
		return typed{T: "float", V: strconv.FormatFloat(x, 'g', -1, 64)}
	case string:
		return typed{T: "str", V: x}
	case time.Time:
		return typed{T: "time", V: x.Format(time.RFC3339Nano)}
	case []interface{}:
		items := make([]interface{}, len(x))
		for i, item := range x {
			items[i] = tag(item)
		}
		return typed{T: "seq", V: items}
	case map[interface{}]interface{}:
		entries := make([][2]interface{}, 0, len(x))
		for k, item := range x {
			entries = append(entries, [2]interface{}{tag(k), tag(item)})
		}
		return typed{T: "map", V: sorted(entries)}
	case map[string]interface{}:
		entries := make([][2]interface{}, 0, len(x))
		for k, item := range x {
			entries = append(entries, [2]interface{}{tag(k), tag(item)})
		}
		return typed{T: "map", V: sorted(entries)}
	default:
		return typed{T: "other", V: fmt.Sprintf("%T %v", v, v)}
	}
}

// sorted orders entries by their keys' JSON text, so that answers do not depend on map order.
func sorted(entries [][2]interface{}) [][2]interface{} {
	text := func(i int) string {
		b, _ := json.Marshal(entries[i][0])
		return string(b)
	}
	sort.Slice(entries, func(i, j int) bool { return text(i) < text(j) })
	return entries
}

func untag(raw json.RawMessage) (interface{}, error) {
	var t struct {
		T string          `json:"t"`
		V json.RawMessage `json:"v"`
	}
	if err := json.Unmarshal(raw, &t); err != nil {
		return nil, err
	}
	var s string
	switch t.T {
	case "null":
		return nil, nil
	case "bool":
		var b bool
		err := json.Unmarshal(t.V, &b)
		return b, err
	case "str":
		err := json.Unmarshal(t.V, &s)
		return s, err
	case "int":
		if err := json.Unmarshal(t.V, &s); err != nil {
			return nil, err
		}
		if i, err := strconv.ParseInt(s, 10, 64); err == nil {
			return i, nil
		}
		return strconv.ParseUint(s, 10, 64)
	case "float":
		if err := json.Unmarshal(t.V, &s); err != nil {
			return nil, err
		}
		return strconv.ParseFloat(s, 64)
	}
	return nil, fmt.Errorf("cannot write a value of type %q", t.T)
}

func read(text string) map[string]interface{} {
	answer := map[string]interface{}{}
	var v2 interface{}
	if err := yaml2.Unmarshal([]byte(text), &v2); err != nil {
		answer["v2err"] = err.Error()
	} else {
		answer["v2"] = tag(v2)
	}
	var v3 interface{}
	if err := yaml3.Unmarshal([]byte(text), &v3); err != nil {
		answer["v3err"] = err.Error()
	} else {
		answer["v3"] = tag(v3)
	}
	if j, err := sigs.YAMLToJSON([]byte(text)); err != nil {
		answer["sigserr"] = err.Error()
	} else {
		answer["sigs"] = string(j)
	}
	return answer
}

func write(values []json.RawMessage) map[string]interface{} {
	answer := map[string]interface{}{}
	slice := yaml2.MapSlice{}
	byName := map[string]interface{}{}
	for i, raw := range values {
		v, err := untag(raw)
		if err != nil {
			return map[string]interface{}{"error": err.Error()}
		}
		name := "k" + strconv.Itoa(i)
		slice = append(slice, yaml2.MapItem{Key: name, Value: v})
		byName[name] = v
	}
	if out, err := yaml2.Marshal(slice); err != nil {
		answer["v2err"] = err.Error()
	} else {
		answer["v2"] = string(out)
	}
	if out, err := yaml3.Marshal(byName); err != nil {
		answer["v3err"] = err.Error()
	} else {
		answer["v3"] = string(out)
	}
	if out, err := sigs.Marshal(byName); err != nil {
		answer["sigserr"] = err.Error()
	} else {
		answer["sigs"] = string(out)
	}
	return answer
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 64<<20)
	out := bufio.NewWriter(os.Stdout)
	encoder := json.NewEncoder(out)
	encoder.SetEscapeHTML(false)
	for in.Scan() {
		var r request
		var answer map[string]interface{}
		if err := json.Unmarshal(in.Bytes(), &r); err != nil {
			answer = map[string]interface{}{"error": err.Error()}
		} else if r.Op == "read" {
			answer = read(r.Yaml)
		} else if r.Op == "write" {
			answer = write(r.Values)
		} else {
			answer = map[string]interface{}{"error": "unknown op " + r.Op}
		}
		if err := encoder.Encode(answer); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		out.Flush()
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
