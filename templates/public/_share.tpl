{{%AUTOESCAPE context="HTML"}}
{{! The page tools above an article: gongkai.js adds 打印, 复制链接 and 朗读全文
    to the slot (absent without scripts: Ctrl+P and the address bar work), and
    分享 opens the page's QR code without scripts. QR_URL (web/share.h). }}
<div class="page-tools no-print">
<div class="page-tools-js" data-print-slot data-copy-slot data-read-slot></div>
<details class="share">
<summary>分享</summary>
<div class="share-panel">
<img src="{{QR_URL}}" alt="本页网址的二维码" width="148" height="148" loading="lazy">
<p>用手机扫描二维码，打开本页</p>
</div>
</details>
</div>
