{{%AUTOESCAPE context="HTML"}}
{{! One public draw: names of supervision/draw_views.h (FillDraw, FillResult). }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/">首页</a> / <a href="/draws">双随机、一公开</a> / <span aria-current="page">{{TITLE}}</span></nav>
<header class="page-header"><h1>{{TITLE}}</h1><p><span class="badge draw-{{STATE_CODE}}">{{STATE}}</span></p></header>
{{#CANCELLED}}<div class="alert alert-info" role="status"><p>本次抽查已于 {{AT}} 取消。理由：{{REASON}}</p></div>{{/CANCELLED}}
{{#SEED_PENDING}}<div class="alert alert-info" role="status"><p>方案已公布，随机种子尚未产生。种子来源：{{SEED_SOURCE}}。</p></div>{{/SEED_PENDING}}
<section class="card" aria-labelledby="plan-title">
<h2 class="card-title" id="plan-title">抽查方案</h2>
<dl class="pairs">
<dt>实施机关</dt><dd>{{AGENCY}}</dd>
<dt>抽查事项</dt><dd>{{SCOPE}}</dd>
{{#TARGET_LIST}}<dt>检查对象名录</dt><dd>{{NAME}}（第 {{VERSION}} 版，共 {{ENTRIES}} 户）</dd>{{/TARGET_LIST}}
{{#INSPECTOR_LIST}}<dt>执法检查人员名录</dt><dd>{{NAME}}（第 {{VERSION}} 版，共 {{ENTRIES}} 人）</dd>{{/INSPECTOR_LIST}}
<dt>抽取数量</dt><dd>抽取 {{N}} 户，每户随机选派 {{M}} 名检查人员</dd>
<dt>随机种子来源</dt><dd>{{SEED_SOURCE}}</dd>
{{#ANNOUNCED}}<dt>方案公布时间</dt><dd>{{AT}}</dd>{{/ANNOUNCED}}
{{#SEED}}<dt>随机种子</dt><dd><span class="code">{{SEED}}</span>（{{AT}} 锁定）</dd>{{/SEED}}
{{#COMPLETED}}<dt>抽取时间</dt><dd>{{AT}}</dd>{{/COMPLETED}}
</dl>
</section>
<section class="card" aria-labelledby="result-title">
<h2 class="card-title" id="result-title">抽取结果</h2>
{{#HAS_RESULT}}<div class="table-wrap" tabindex="0" role="region" aria-label="抽取结果表">
<table class="table">
<thead><tr><th scope="col" class="num">顺序</th><th scope="col">检查对象</th><th scope="col">统一社会信用代码</th><th scope="col">检查人员（执法证号）</th><th scope="col">检查结果</th></tr></thead>
<tbody>{{#RESULT}}
<tr><td class="num">{{ORDER}}</td><td>{{TARGET_NAME}}</td><td class="code">{{TARGET}}</td>
<td>{{#INSPECTORS}}{{NAME}}（<span class="code">{{ID}}</span>）{{#INSPECTORS_separator}}<br>{{/INSPECTORS_separator}}{{/INSPECTORS}}</td>
<td>{{#OUTCOME}}<span class="outcome-{{CODE}}">{{LABEL}}</span><br><span class="muted">检查日期 {{ON}}</span>{{/OUTCOME}}{{#NO_OUTCOME}}<span class="muted">检查结果待公布</span>{{/NO_OUTCOME}}</td></tr>{{/RESULT}}
</tbody>
</table>
</div>{{/HAS_RESULT}}
{{#SEED_PENDING}}<p class="muted">随机种子锁定后抽取，结果在此公布。</p>{{/SEED_PENDING}}
</section>
{{#ANNOUNCED}}<section class="card" aria-labelledby="verify-title">
<h2 class="card-title" id="verify-title">核验</h2>
<p>抽取按公开的算法（第 {{ALGORITHM_VERSION}} 版，<a href="/draws/verify">说明与核验</a>）进行：同样的名录、回避、种子和数量，任何人重算都得到同样的结果。</p>
<dl class="pairs">
<dt>输入哈希（SHA-256）</dt><dd class="code">{{INPUT_SHA256}}</dd>
{{#TARGET_LIST}}<dt>检查对象名录哈希</dt><dd class="code">{{SHA256}}</dd>{{/TARGET_LIST}}
{{#INSPECTOR_LIST}}<dt>检查人员名录哈希</dt><dd class="code">{{SHA256}}</dd>{{/INSPECTOR_LIST}}
</dl>
<ul class="link-list">
<li><a href="/draws/{{ID}}/targets.txt">检查对象名录（规范化，每行一个统一社会信用代码）</a></li>
<li><a href="/draws/{{ID}}/inspectors.txt">检查人员名录（规范化，每行一个执法证号）</a></li>
<li><a href="/draws/{{ID}}/input.txt">算法输入全文（其 SHA-256 即输入哈希）</a></li>
<li><a href="/api/v1/draws/{{ID}}">完整数据（JSON，可直接用于核验）</a></li>
</ul>
<p class="muted">回避：{{#NO_EXCLUSIONS}}无{{/NO_EXCLUSIONS}}{{#EXCLUSIONS}}<span class="code">{{TARGET}}</span> 不派 <span class="code">{{INSPECTOR}}</span>{{#EXCLUSIONS_separator}}；{{/EXCLUSIONS_separator}}{{/EXCLUSIONS}}</p>
</section>{{/ANNOUNCED}}
