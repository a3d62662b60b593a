#!/usr/bin/env bash
# Builds the JasperReports font extension that perfgrade packs into its jar.
#
# Fonts are never committed. They come from Debian packages, fetched with `apt-get download` and unpacked with
# `dpkg-deb -x` (nothing is installed), and are cached per package version under CACHE so that a machine fetches
# them once. On a machine without Debian packages (offline, Windows) set PERFGRADE_FONTS_DIR to a folder holding
# the same files (gbsn00lp.ttf, gkai00mp.ttf, FandolFang-Regular.otf, FandolHei-Regular.otf, FandolSong-Regular.otf,
# FandolSong-Bold.otf); the licence files are copied from there too when present.
#
# usage: fetch-fonts.sh CACHE_DIR OUTPUT_DIR
set -euo pipefail

cache=${1:?cache dir}
out=${2:?output dir}
target="$out/fonts/cn"
files=(gbsn00lp.ttf gkai00mp.ttf FandolFang-Regular.otf FandolHei-Regular.otf FandolSong-Regular.otf FandolSong-Bold.otf)

fail() { echo "[perfgrade fonts] 错误：$*" >&2; exit 1; }

collect_from_dir() {
  local dir=$1
  for f in "${files[@]}"; do
    [ -f "$dir/$f" ] || fail "PERFGRADE_FONTS_DIR=$dir 中缺少字体文件 $f"
    cp "$dir/$f" "$target/"
  done
  find "$dir" -maxdepth 2 -iname '*copyright*' -o -maxdepth 2 -iname '*licen*' | while read -r l; do
    cp "$l" "$target/licenses/$(basename "$(dirname "$l")")-$(basename "$l")" 2>/dev/null || true
  done
}

fetch_package() {
  # fetch_package PACKAGE → prints the extraction folder (cached by version)
  local pkg=$1 version dir work
  version=$(apt-cache policy "$pkg" 2>/dev/null | awk '/Candidate:/ {print $2}')
  if [ -z "$version" ] || [ "$version" = "(none)" ]; then
    echo "[perfgrade fonts] apt-cache 不认识 $pkg，先运行 apt-get update" >&2
    apt-get update -qq >&2 || true
    version=$(apt-cache policy "$pkg" 2>/dev/null | awk '/Candidate:/ {print $2}')
  fi
  [ -n "$version" ] && [ "$version" != "(none)" ] || fail "找不到 Debian 软件包 $pkg；请设置 PERFGRADE_FONTS_DIR 指向字体文件所在目录"
  dir="$cache/$pkg/${version//[:\/]/_}"
  if [ ! -f "$dir/.complete" ]; then
    echo "[perfgrade fonts] 下载 $pkg $version" >&2
    work=$(mktemp -d)
    (cd "$work" && apt-get download -q "$pkg=$version" >&2) || { rm -rf "$work"; fail "apt-get download $pkg 失败"; }
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    dpkg-deb -x "$work"/*.deb "$dir.tmp"
    rm -rf "$work" "$dir"
    mv "$dir.tmp" "$dir"
    touch "$dir/.complete"
  fi
  echo "$dir"
}

rm -rf "$target"
mkdir -p "$target/licenses"

if [ -n "${PERFGRADE_FONTS_DIR:-}" ]; then
  collect_from_dir "$PERFGRADE_FONTS_DIR"
else
  sung=$(fetch_package fonts-arphic-gbsn00lp)
  kai=$(fetch_package fonts-arphic-gkai00mp)
  tex=$(fetch_package texlive-lang-chinese)
  cp "$sung/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf" "$target/"
  cp "$kai/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf" "$target/"
  fandol="$tex/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"
  for f in FandolFang-Regular.otf FandolHei-Regular.otf FandolSong-Regular.otf FandolSong-Bold.otf; do
    cp "$fandol/$f" "$target/"
  done
  cp "$sung/usr/share/doc/fonts-arphic-gbsn00lp/copyright" "$target/licenses/fonts-arphic-gbsn00lp.copyright"
  cp "$kai/usr/share/doc/fonts-arphic-gkai00mp/copyright" "$target/licenses/fonts-arphic-gkai00mp.copyright"
  cp "$tex/usr/share/doc/texlive-lang-chinese/copyright" "$target/licenses/texlive-lang-chinese.copyright"
  [ -f "$fandol/README" ] && cp "$fandol/README" "$target/licenses/fandol-README" || true
fi

# The physical font families. Document roles (小标宋, 仿宋, 黑体, 楷体, 宋体) are mapped onto these at run time
# from config/fonts.yml, so a bureau can point a role at its own licensed fonts without rebuilding.
family() { # family NAME NORMAL [BOLD]
  echo "  <fontFamily name=\"$1\">"
  echo "    <normal><![CDATA[fonts/cn/$2]]></normal>"
  [ -n "${3:-}" ] && echo "    <bold><![CDATA[fonts/cn/$3]]></bold>"
  echo "    <pdfEncoding><![CDATA[Identity-H]]></pdfEncoding>"
  echo "    <pdfEmbedded><![CDATA[true]]></pdfEmbedded>"
  echo "  </fontFamily>"
}
{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<fontFamilies>'
  family "AR PL SungtiL GB" gbsn00lp.ttf
  family "AR PL KaitiM GB" gkai00mp.ttf
  family "FandolFang" FandolFang-Regular.otf
  family "FandolHei" FandolHei-Regular.otf
  family "FandolSong" FandolSong-Regular.otf FandolSong-Bold.otf
  echo '</fontFamilies>'
} > "$target/fonts.xml"

cat > "$out/jasperreports_extension.properties" <<'PROPS'
net.sf.jasperreports.extension.registry.factory.simple.font.families=net.sf.jasperreports.engine.fonts.SimpleFontExtensionsRegistryFactory
net.sf.jasperreports.extension.simple.font.families.perfgrade=fonts/cn/fonts.xml
PROPS
echo "[perfgrade fonts] 字体扩展已生成：$target" >&2
