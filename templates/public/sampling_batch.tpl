{{%AUTOESCAPE context="HTML"}}
{{! One 监督抽查 notice: FillBatch's names; the filter (Q CATEGORY CATEGORIES (VALUE SELECTED) ANY_RESULT ONLY_FAILED ONLY_PASSED);
    RESULTS (public/_sampling_rows.tpl). }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/">首页</a> / <a href="/sampling">监督抽查</a> / <span aria-current="page">{{TITLE}}</span></nav>
<article>
<header class="page-header"><h1>{{TITLE}}</h1>
<p class="muted">{{#HAS_NOTICE_NO}}{{NOTICE_NO}} · {{/HAS_NOTICE_NO}}发布日期 {{PUBLISHED_ON}}</p></header>
{{#HAS_INTRO}}<div class="card prose prewrap">{{INTRO}}</div>{{/HAS_INTRO}}
<div class="grid grid-3" aria-label="本期概况" role="group">
<div class="card"><p class="stat">{{TOTAL}}</p><p>抽检批次</p></div>
<div class="card"><p class="stat stat-ok">{{PASSED}}</p><p>合格</p></div>
<div class="card"><p class="stat{{#HAS_FAILED}} stat-fail{{/HAS_FAILED}}">{{FAILED}}</p><p>不合格</p></div>
</div>
<form class="filters" method="get" action="/sampling/{{ID}}" aria-label="筛选本期结果">
<div class="field"><label for="b-q">产品或企业</label><input id="b-q" name="q" type="search" value="{{Q}}" maxlength="200"></div>
<div class="field"><label for="b-result">检验结果</label><select id="b-result" name="result">
<option value=""{{#ANY_RESULT}} selected{{/ANY_RESULT}}>全部</option>
<option value="fail"{{#ONLY_FAILED}} selected{{/ONLY_FAILED}}>不合格</option>
<option value="pass"{{#ONLY_PASSED}} selected{{/ONLY_PASSED}}>合格</option></select></div>
<div class="field"><label for="b-cat">分类</label><select id="b-cat" name="category"><option value="">全部</option>
{{#CATEGORIES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>{{/CATEGORIES}}</select></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">筛选</button> <a href="/sampling/{{ID}}">清除</a></div>
</form>
{{>RESULTS}}
<p class="muted">数据：<a href="/api/v1/sampling/{{ID}}">JSON</a></p>
</article>
