{{%AUTOESCAPE context="HTML"}}
{{! Verify a draw. JSON; CSRF_TOKEN; INVALID (MSG); MATCHES / DIFFERS (INPUT_SHA256; DIFFERENCES (MSG)); each with RECOMPUTED (ORDER TARGET INSPECTORS). }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/">首页</a> / <a href="/draws">双随机、一公开</a> / <span aria-current="page">核验抽取结果</span></nav>
<header class="page-header"><h1>核验抽取结果</h1></header>
{{#INVALID}}<div class="alert alert-error" role="alert"><p>无法核验：{{MSG}}</p></div>{{/INVALID}}
{{#MATCHES}}<div class="alert alert-success" role="status" id="verify-result"><p><strong>一致。</strong>按公开的算法重算，输入哈希和抽取结果与文件中公布的完全相同。</p><p class="code">输入哈希 {{INPUT_SHA256}}</p><p>重算的抽取结果：</p><ol>{{#RECOMPUTED}}<li><span class="code">{{TARGET}}</span>：<span class="code">{{INSPECTORS}}</span></li>{{/RECOMPUTED}}</ol></div>{{/MATCHES}}
{{#DIFFERS}}<div class="alert alert-error" role="alert" id="verify-result"><p><strong>不一致。</strong>重算的结果与文件中公布的不同：</p><ul>{{#DIFFERENCES}}<li>{{MSG}}</li>{{/DIFFERENCES}}</ul><p>重算的抽取结果：</p><ol>{{#RECOMPUTED}}<li><span class="code">{{TARGET}}</span>：<span class="code">{{INSPECTORS}}</span></li>{{/RECOMPUTED}}</ol></div>{{/DIFFERS}}
<section class="card" aria-labelledby="verify-form-title">
<h2 class="card-title" id="verify-form-title">上传抽查数据</h2>
<p>在抽查页面下载“完整数据（JSON）”，或使用 <span class="code">/api/v1/draws/编号</span> 的返回内容，上传或粘贴到这里。本页在服务器上按下述算法重新计算，不需要 JavaScript，也不保存您提交的内容。</p>
<form class="form" method="post" action="/draws/verify" enctype="multipart/form-data" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="verify-file">JSON 文件</label><input id="verify-file" name="file" type="file" accept=".json,application/json"></div>
<div class="field"><label for="verify-json">或粘贴 JSON</label><textarea id="verify-json" name="json" rows="8" class="code">{{JSON:pre_escape}}</textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">核验</button></div>
</form>
</section>
<section class="card prose" aria-labelledby="algo-title">
<h2 id="algo-title">算法（第 1 版）</h2>
<ol>
<li>规范化名录：检查对象和检查人员的编号各自去重，按 UTF-8 字节排序。输入哈希是文本 <span class="code">"targets\n" + 对象编号（以换行分隔）+ "\ninspectors\n" + 人员编号（以换行分隔）+ "\n"</span> 的 SHA-256。</li>
<li>随机数流：第 k 个数（k = 0, 1, 2, …）是文本 <span class="code">种子 + ":" + k</span> 的 SHA-256 的前 8 个字节按大端序读成的无符号 64 位整数。uniform(n)：取下一个数 r，若 r ≥ 2<sup>64</sup> − (2<sup>64</sup> mod n) 则舍去再取，否则结果为 r mod n。</li>
<li>抽取对象：在规范化的对象名录上，对 i = 0 … N−1，取 j = i + uniform(名录长度 − i)，交换第 i 和第 j 项；前 N 项依次为抽中的对象。</li>
<li>选派人员：按抽中顺序，对每个对象，从规范化的人员名录中去掉对该对象回避的人员，用同样的方法（继续同一个随机数流）抽取 M 人。</li>
</ol>
<p>用 Python 重算的 20 行脚本见项目文档 docs/draws.md；命令行可用 <span class="code">gongkai draw verify 文件</span>。</p>
</section>
