#!/usr/bin/env bash
# Dev check, not a test: every decimal the writer writes is a float to PyYAML (pure and libyaml)
# equal to the decimal's value. Needs python3 with PyYAML and the compiled modules:
#   mvn -B -q compile -pl adapters-fs -am && adapters-fs/dev/pyyaml-decimals.sh [count]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
m2=${M2_REPO:-$HOME/.m2/repository}
cp="$here/adapters-fs/target/classes:$here/domain/target/classes:$(ls "$m2"/io/vavr/vavr/*/vavr-*.jar | grep -v sources | head -1)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/Decimals.java" <<'JAVA'
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeWriter;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

public class Decimals {
  public static void main(String[] args) {
    YamlTreeWriter writer = new YamlTreeWriter();
    Random random = new Random(Long.parseLong(args[1]));
    for (int i = 0; i < Integer.parseInt(args[0]); i++) {
      BigInteger unscaled = new BigInteger(random.nextInt(131), random);
      unscaled = random.nextBoolean() ? unscaled : unscaled.negate();
      int scale = random.nextInt(3) == 0 ? random.nextInt(2001) - 1000 : random.nextInt(41) - 20;
      BigDecimal value = new BigDecimal(unscaled, scale);
      String yaml = writer.write(MapNode.of("d", new Node.Decimal(value)));
      System.out.println(value.unscaledValue() + "e" + (-value.scale()) + "\t" + yaml.substring("---\nd: ".length(), yaml.length() - 1));
    }
  }
}
JAVA
java -cp "$cp" "$work/Decimals.java" "${1:-20000}" "${2:-20261126}" > "$work/decimals.tsv"
python3 - "$work/decimals.tsv" <<'PY'
import sys
from decimal import Decimal
import yaml
loaders = [yaml.SafeLoader] + ([yaml.CSafeLoader] if yaml.__with_libyaml__ else [])
checked = wrong = 0
for line in open(sys.argv[1]):
    exact, written = line.rstrip("\n").split("\t")
    for loader in loaders:
        value = yaml.load("d: " + written + "\n", Loader=loader)["d"]
        checked += 1
        if not isinstance(value, float) or value != float(Decimal(exact)):
            wrong += 1
            print("not the same float:", exact, "written as", written, "read as", repr(value), "by", loader.__name__)
print(checked, "readings by", ", ".join(l.__name__ for l in loaders), "-", wrong, "wrong")
sys.exit(1 if wrong else 0)
PY
