{{%AUTOESCAPE context="HTML"}}
{{! 规章和行政规范性文件清理 (console list): HAS_CLEANUPS; CLEANUPS (TITLE URL AGENCY STATE DECIDED_ON); EMPTY; AGENCIES (VALUE LABEL SELECTED);
    NEW_TITLE; CSRF_TOKEN. }}
<header class="page-header"><h1>规章和行政规范性文件清理</h1></header>
<p>按照立改废释和定期清理的要求，对本机关现行有效的规章和行政规范性文件逐件作出继续有效、修改、废止或宣布失效的决定。决定生效后，文件的有效性随之变更并记入其有效性变更记录；清理结果目录自动生成草稿，经审核后在“法规文件”栏目公开；年度报告表二的本年废止、现行有效件数据此统计。</p>
<section class="card" aria-labelledby="cl-list">
<h2 class="card-title" id="cl-list">清理记录</h2>
{{#EMPTY}}<p class="muted">尚无清理记录。</p>{{/EMPTY}}
{{#HAS_CLEANUPS}}<div class="table-wrap" tabindex="0" role="region" aria-label="清理记录表">
<table class="table">
<caption class="sr-only">清理记录</caption>
<thead><tr><th scope="col">标题</th><th scope="col">机构</th><th scope="col">状态</th><th scope="col">决定日期</th></tr></thead>
<tbody>{{#CLEANUPS}}<tr><td><a href="{{URL}}">{{TITLE}}</a></td><td>{{AGENCY}}</td><td>{{STATE}}</td><td>{{DECIDED_ON}}</td></tr>{{/CLEANUPS}}</tbody>
</table></div>{{/HAS_CLEANUPS}}
</section>
<form class="form card" method="post" action="/console/normative/cleanups" novalidate aria-labelledby="cl-new">
<h2 class="card-title" id="cl-new">新建清理</h2>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="cl-agency">机构</label><select id="cl-agency" name="agency_id">{{#AGENCIES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGENCIES}}</select></div>
<div class="field"><label for="cl-title">标题</label><input id="cl-title" name="title" type="text" maxlength="100" value="{{NEW_TITLE}}"></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">新建</button></div>
</form>
