{{%AUTOESCAPE context="HTML"}}
{{! A draw in the console. See supervision/draw_views.h for the plan (FillDraw) and result (FillResult) names;
    CAN_EDIT CAN_ANNOUNCE CAN_LOCK CAN_RUN CAN_CANCEL CAN_RECORD: the actions allowed now; OUTCOME_OPTIONS (VALUE LABEL);
    TODAY; HAS_ERRORS; ERRORS (FIELD MSG); ERR_*; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/draws">双随机抽查</a> / <span aria-current="page">{{TITLE}}</span></nav>
<header class="page-header"><h1>{{TITLE}}</h1>
<p><span class="badge draw-{{STATE_CODE}}">{{STATE}}</span>{{#ANNOUNCED}} <a href="/draws/{{ID}}">查看公开页面</a>{{/ANNOUNCED}}</p></header>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未完成，请处理以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
{{#CANCELLED}}<div class="alert alert-info" role="status"><p>已于 {{AT}} 取消。理由：{{REASON}}</p></div>{{/CANCELLED}}
<section class="card" aria-labelledby="plan-title">
<h2 class="card-title" id="plan-title">抽查方案</h2>
<dl class="pairs">
<dt>机构</dt><dd>{{AGENCY}}</dd>
<dt>抽查事项</dt><dd>{{SCOPE}}</dd>
{{#TARGET_LIST}}<dt>检查对象名录</dt><dd>{{NAME}}（第 {{VERSION}} 版，{{ENTRIES}} 条）</dd>{{/TARGET_LIST}}
{{#INSPECTOR_LIST}}<dt>执法检查人员名录</dt><dd>{{NAME}}（第 {{VERSION}} 版，{{ENTRIES}} 条）</dd>{{/INSPECTOR_LIST}}
<dt>抽取</dt><dd>{{N}} 个对象，每个对象 {{M}} 名检查人员</dd>
<dt>随机种子来源</dt><dd>{{SEED_SOURCE}}</dd>
{{#ANNOUNCED}}<dt>方案公布</dt><dd>{{AT}}</dd><dt>输入哈希</dt><dd class="code">{{INPUT_SHA256}}</dd>{{/ANNOUNCED}}
{{#SEED}}<dt>随机种子</dt><dd class="code">{{SEED}}</dd><dt>种子锁定</dt><dd>{{AT}}</dd>{{/SEED}}
{{#COMPLETED}}<dt>抽取时间</dt><dd>{{AT}}</dd>{{/COMPLETED}}
</dl>
{{#CAN_EDIT}}<p><a class="btn btn-secondary" href="/console/draws/{{ID}}/edit">修改方案</a></p>{{/CAN_EDIT}}
</section>
<section class="card" aria-labelledby="ex-title">
<h2 class="card-title" id="ex-title">回避</h2>
<p class="field-hint">与检查对象有利害关系的检查人员须在方案公布前登记回避；抽取时该人员不会派往该对象。回避的对象和人员随方案公开，理由不公开。</p>
{{#NO_EXCLUSIONS}}<p class="muted">未登记回避。</p>{{/NO_EXCLUSIONS}}
<ul class="link-list">{{#EXCLUSIONS}}<li><span class="code">{{TARGET}}</span> — <span class="code">{{INSPECTOR}}</span>{{#STAFF}}：{{REASON}}{{/STAFF}}
{{#DELETE}}<form class="inline-edit" method="post" action="/console/draws/{{ID}}/exclusions/delete"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><input type="hidden" name="target" value="{{TARGET}}"><input type="hidden" name="inspector" value="{{INSPECTOR}}"><button type="submit" class="btn btn-secondary btn-small">撤销<span class="sr-only">{{TARGET}} 与 {{INSPECTOR}} 的回避</span></button></form>{{/DELETE}}</li>{{/EXCLUSIONS}}</ul>
{{#CAN_EDIT}}<form class="form" method="post" action="/console/draws/{{ID}}/exclusions" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="grid">
<div class="field"><label for="ex-target">检查对象（统一社会信用代码）</label><input id="ex-target" name="target" type="text" maxlength="18" class="code"></div>
<div class="field"><label for="ex-inspector">检查人员（执法证号）</label><input id="ex-inspector" name="inspector" type="text" maxlength="40" class="code"></div>
</div>
<div class="field"><label for="ex-reason">回避理由</label><input id="ex-reason" name="reason" type="text" maxlength="200"></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">登记回避</button></div>
</form>{{/CAN_EDIT}}
</section>
{{#CAN_ANNOUNCE}}<section class="card action" aria-labelledby="announce-title">
<h2 class="card-title" id="announce-title">公布抽查方案</h2>
<p>公布后名录、抽取数量、回避和种子来源都不能再修改，方案连同输入哈希立即在网站公开。</p>
<form method="post" action="/console/draws/{{ID}}/announce"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<button type="submit" class="btn btn-primary">公布抽查方案</button></form>
</section>{{/CAN_ANNOUNCE}}
{{#CAN_LOCK}}<section class="card action" aria-labelledby="lock-title">
<h2 class="card-title" id="lock-title">录入并锁定随机种子</h2>
<form class="form" method="post" action="/console/draws/{{ID}}/lock-seed" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_SEED}} has-error{{/ERR_SEED}}"><label for="draw-seed">随机种子</label>
<p class="field-hint" id="draw-seed-hint">按方案公布的来源（{{SEED_SOURCE}}）如实录入，原样使用，如 20270305-3051.42。锁定后立即公开，不能修改。</p>
{{#ERR_SEED}}<p class="field-error" id="draw-seed-err">{{MSG}}</p>{{/ERR_SEED}}
<input id="draw-seed" name="seed" type="text" maxlength="200" class="code" aria-describedby="draw-seed-hint{{#ERR_SEED}} draw-seed-err{{/ERR_SEED}}"{{#ERR_SEED}} aria-invalid="true"{{/ERR_SEED}}></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">锁定随机种子</button></div>
</form>
</section>{{/CAN_LOCK}}
{{#CAN_RUN}}<section class="card action" aria-labelledby="run-title">
<h2 class="card-title" id="run-title">执行抽取</h2>
<p>按公开的算法（第 {{ALGORITHM_VERSION}} 版）和已锁定的种子抽取，结果立即公开。</p>
<form method="post" action="/console/draws/{{ID}}/run"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<button type="submit" class="btn btn-primary">执行抽取</button></form>
</section>{{/CAN_RUN}}
{{#HAS_RESULT}}<section class="card" aria-labelledby="result-title">
<h2 class="card-title" id="result-title">抽取结果和检查结果</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="抽取结果">
<table class="table">
<thead><tr><th scope="col" class="num">顺序</th><th scope="col">检查对象</th><th scope="col">检查人员</th><th scope="col">检查结果</th></tr></thead>
<tbody>{{#RESULT}}
<tr><td class="num">{{ORDER}}</td><td>{{TARGET_NAME}}<br><span class="code muted">{{TARGET}}</span></td>
<td>{{#INSPECTORS}}{{NAME}} <span class="code muted">{{ID}}</span>{{#INSPECTORS_separator}}<br>{{/INSPECTORS_separator}}{{/INSPECTORS}}</td>
<td>{{#OUTCOME}}{{LABEL}}（{{ON}}）<br><span class="muted">{{DETAILS}}</span>{{/OUTCOME}}{{#NO_OUTCOME}}<span class="muted">待登记</span>{{/NO_OUTCOME}}</td></tr>{{/RESULT}}
</tbody>
</table>
</div>
</section>{{/HAS_RESULT}}
{{#CAN_RECORD}}<section class="card action" aria-labelledby="record-title">
<h2 class="card-title" id="record-title">登记检查结果</h2>
<form class="form" method="post" action="/console/draws/{{ID}}/inspections" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_TARGET}} has-error{{/ERR_TARGET}}"><label for="ins-target">检查对象</label>
{{#ERR_TARGET}}<p class="field-error">{{MSG}}</p>{{/ERR_TARGET}}
<select id="ins-target" name="target">{{#RESULT}}<option value="{{TARGET}}">{{ORDER}}. {{TARGET_NAME}}（{{TARGET}}）</option>{{/RESULT}}</select></div>
<div class="field{{#ERR_OUTCOME}} has-error{{/ERR_OUTCOME}}"><label for="ins-outcome">检查结果</label>
{{#ERR_OUTCOME}}<p class="field-error">{{MSG}}</p>{{/ERR_OUTCOME}}
<select id="ins-outcome" name="outcome">{{#OUTCOME_OPTIONS}}<option value="{{VALUE}}">{{LABEL}}</option>{{/OUTCOME_OPTIONS}}</select></div>
<div class="field{{#ERR_INSPECTED_ON}} has-error{{/ERR_INSPECTED_ON}}"><label for="ins-on">检查日期</label>
{{#ERR_INSPECTED_ON}}<p class="field-error">{{MSG}}</p>{{/ERR_INSPECTED_ON}}
<input id="ins-on" name="inspected_on" type="date" value="{{TODAY}}"></div>
<div class="field{{#ERR_DETAILS}} has-error{{/ERR_DETAILS}}"><label for="ins-details">说明（公开）</label>
{{#ERR_DETAILS}}<p class="field-error">{{MSG}}</p>{{/ERR_DETAILS}}
<textarea id="ins-details" name="details" rows="3"></textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">登记</button></div>
</form>
</section>{{/CAN_RECORD}}
{{#CAN_CANCEL}}<section class="card action" aria-labelledby="cancel-title">
<h2 class="card-title" id="cancel-title">取消抽查</h2>
<form class="form" method="post" action="/console/draws/{{ID}}/cancel" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_REASON}} has-error{{/ERR_REASON}}"><label for="cancel-reason">取消理由（公开）</label>
{{#ERR_REASON}}<p class="field-error">{{MSG}}</p>{{/ERR_REASON}}
<input id="cancel-reason" name="reason" type="text" maxlength="200"></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">取消抽查</button></div>
</form>
</section>{{/CAN_CANCEL}}
